package io.taizhang.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Minimal valid request bodies derived from the contract's request schemas: the required
 * properties plus every property that names a record, with values that satisfy the documented
 * types, enums, formats, patterns and lengths. A pattern none of the samples satisfies fails the
 * battery, which then needs a new sample here rather than silently sending nonsense.
 */
final class Bodies {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** Candidate strings, most ordinary first; each is numbered so that unique codes stay unique. */
    private static final List<IntFunction<String>> SAMPLES = List.of(
            n -> "整改台账 battery " + n,
            n -> "battery.user." + n,
            n -> "BT" + n,
            n -> "https://intranet.example/evidence/" + n + ".pdf",
            n -> "%064x".formatted(n));

    private final ApiContract api;
    private final Fixtures fixtures;
    private final AtomicInteger sequence = new AtomicInteger(1000);

    Bodies(ApiContract api, Fixtures fixtures) {
        this.api = api;
        this.fixtures = fixtures;
    }

    /** A fresh minimal valid body for the named schema (fresh: unique codes differ between calls). */
    ObjectNode minimal(String schemaName) {
        JsonNode schema = api.named(schemaName);
        ObjectNode body = JSON.objectNode();
        List<String> required = required(schema);
        properties(schemaName).forEach((name, property) -> {
            if (required.contains(name) || Fixtures.isId(name)) {
                body.set(name, sample(schemaName, name, property));
            }
        });
        return body;
    }

    /** The schema's properties by name, in document order, their {@code $ref}s not followed. */
    Map<String, JsonNode> properties(String schemaName) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        api.named(schemaName).path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
        return properties;
    }

    static List<String> required(JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** A valid value for one property. */
    JsonNode sample(String schemaName, String property, JsonNode raw) {
        String where = schemaName + "." + property;
        String ref = ApiContract.refName(raw);
        JsonNode schema = api.resolve(raw);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText()) {
            case "object" -> {
                if (ref == null) {
                    throw new AssertionError(where + ": an inline object schema; the battery needs a named one");
                }
                yield minimal(ref);
            }
            case "array" -> {
                int min = schema.path("minItems").asInt(0);
                var array = JSON.arrayNode();
                for (int i = 0; i < min; i++) {
                    array.add(sample(where, "items", schema.get("items")));
                }
                yield array;
            }
            case "integer" -> JSON.numberNode(Fixtures.isId(property) ? fixtures.resolve(property, "body").id()
                    : integerWithin(schema));
            case "boolean" -> JSON.booleanNode(true);
            case "string" -> JSON.textNode(text(where, schema));
            default -> throw new AssertionError(where + ": no sample for schema " + schema);
        };
    }

    private static long integerWithin(JsonNode schema) {
        if (schema.has("minimum") && schema.has("maximum")) {
            return (schema.get("minimum").asLong() + schema.get("maximum").asLong()) / 2;
        }
        return schema.has("minimum") ? schema.get("minimum").asLong() : 1;
    }

    private String text(String where, JsonNode schema) {
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            return LocalDate.now(BUSINESS_ZONE).plusDays(30).toString();
        }
        if (format.equals("date-time")) {
            return OffsetDateTime.now(BUSINESS_ZONE).plusDays(7).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        int n = sequence.incrementAndGet();
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        Optional<String> value = Optional.empty();
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asText());
            // a whole match first (what Bean Validation checks), then a match anywhere (what JSON Schema checks)
            value = SAMPLES.stream().map(s -> s.apply(n)).filter(s -> pattern.matcher(s).matches()).findFirst()
                    .or(() -> SAMPLES.stream().map(s -> s.apply(n)).filter(s -> pattern.matcher(s).find()).findFirst());
            if (value.isEmpty()) {
                throw new AssertionError(where + ": no sample string matches the pattern " + pattern
                        + "; add one to io.taizhang.security.Bodies.SAMPLES");
            }
        }
        String text = value.orElse(SAMPLES.get(0).apply(n));
        return text.length() > max ? text.substring(0, max) : text;
    }
}
