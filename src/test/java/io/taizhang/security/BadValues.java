package io.taizhang.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile values for one property, chosen from its schema: values of a type the schema does not
 * allow (which must be refused), and odd but legal text (which may be accepted, never a 5xx).
 */
final class BadValues {

    /** refused: the answer must be 4xx and change nothing; otherwise any answer but a 5xx. */
    record Variant(String label, JsonNode value, boolean refused) {
    }

    static final String TEN_THOUSAND = "长".repeat(10_000);

    private BadValues() {
    }

    static List<Variant> forSchema(JsonNode schema) {
        List<Variant> variants = new ArrayList<>();
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            variants.add(refused("a number for an enum", Bodies.JSON.numberNode(0)));
            variants.add(refused("an unknown enum value", Bodies.JSON.textNode("NOT_A_VALUE")));
            variants.add(refused("an array for an enum", Bodies.JSON.arrayNode().add(schema.get("enum").get(0))));
            return variants;
        }
        switch (type) {
            case "string" -> strings(schema, variants);
            case "integer" -> {
                variants.add(refused("text for an integer", Bodies.JSON.textNode("abc")));
                variants.add(refused("a numeric string for an integer", Bodies.JSON.textNode("12")));
                variants.add(refused("a fraction for an integer", Bodies.JSON.numberNode(1.5)));
                variants.add(refused("a boolean for an integer", Bodies.JSON.booleanNode(true)));
                variants.add(refused("a huge integer", Bodies.JSON.numberNode(new BigInteger("99999999999999999999"))));
                if (schema.path("minimum").asLong(-1) >= 0 || schema.has("exclusiveMinimum")) {
                    variants.add(refused("a negative integer", Bodies.JSON.numberNode(-1)));
                }
            }
            case "boolean" -> {
                variants.add(refused("text for a boolean", Bodies.JSON.textNode("maybe")));
                variants.add(refused("a number for a boolean", Bodies.JSON.numberNode(1)));
            }
            case "array" -> {
                variants.add(refused("text for an array", Bodies.JSON.textNode("x")));
                variants.add(refused("an object for an array", Bodies.JSON.objectNode().put("a", 1)));
                // an array of ids (problemIds) is legitimately numbers, and ids 1 and 2 may exist
                String items = schema.path("items").path("type").asText("");
                variants.add(items.equals("integer") || items.equals("number")
                        ? refused("an array of text", Bodies.JSON.arrayNode().add("a").add("b"))
                        : refused("an array of numbers", Bodies.JSON.arrayNode().add(1).add(2)));
            }
            case "object" -> {
                variants.add(refused("text for an object", Bodies.JSON.textNode("x")));
                variants.add(refused("an array for an object", Bodies.JSON.arrayNode()));
                variants.add(refused("a number for an object", Bodies.JSON.numberNode(42)));
            }
            default -> throw new AssertionError("no hostile values for schema " + schema);
        }
        return variants;
    }

    private static void strings(JsonNode schema, List<Variant> variants) {
        variants.add(refused("a number for a string", Bodies.JSON.numberNode(12345)));
        variants.add(refused("a boolean for a string", Bodies.JSON.booleanNode(true)));
        variants.add(refused("an object for a string", Bodies.JSON.objectNode().put("x", 1)));
        variants.add(refused("an array for a string", Bodies.JSON.arrayNode().add("x")));
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            variants.add(refused("an impossible date", Bodies.JSON.textNode("2023-02-30")));
            variants.add(refused("a date in words", Bodies.JSON.textNode("yesterday")));
            variants.add(refused("a number for a date", Bodies.JSON.numberNode(20230616)));
            return;
        }
        if (format.equals("date-time")) {
            variants.add(refused("a date-time without offset", Bodies.JSON.textNode("2023-06-16T09:00:00")));
            variants.add(refused("a date-time in words", Bodies.JSON.textNode("tomorrow morning")));
            variants.add(refused("a number for a date-time", Bodies.JSON.numberNode(1686900000)));
            return;
        }
        variants.add(refused("a 10,000-character string", Bodies.JSON.textNode(TEN_THOUSAND)));
        variants.add(tolerated("a NUL character", Bodies.JSON.textNode("台账\u0000整改")));
        variants.add(tolerated("an escape sequence", Bodies.JSON.textNode("台账\u001b[31m整改")));
        variants.add(tolerated("a lone surrogate", Bodies.JSON.textNode("台账\ud800整改")));
        variants.add(tolerated("emoji", Bodies.JSON.textNode("整改到位✅🚀👍🏽")));
        variants.add(tolerated("right-to-left text", Bodies.JSON.textNode("\u202eمشكلة التنفيذ\u202c")));
        variants.add(tolerated("only white space", Bodies.JSON.textNode(" \t ")));
    }

    private static Variant refused(String label, JsonNode value) {
        return new Variant(label, value, true);
    }

    private static Variant tolerated(String label, JsonNode value) {
        return new Variant(label, value, false);
    }
}
