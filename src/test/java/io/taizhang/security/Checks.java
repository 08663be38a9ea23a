package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** What every answer of the API must look like, whatever a battery sent. */
final class Checks {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Text that betrays the implementation: stack frames, class names, SQL. Checked case-insensitively. */
    private static final List<String> LEAKS = List.of("exception", "\tat ", "at java.", "at io.", "io.taizhang",
            "java.lang", "jakarta.", "org.hibernate", "org.postgresql", "com.fasterxml", "io.vertx", "io.quarkus",
            "resteasy", "sqlstate", "select ", "insert into", "update ", "delete from", " where ", "syntax error",
            "psql", "hibernate", "jackson", "stack");

    private Checks() {
    }

    /** Never a 5xx, a server banner or a cacheable answer; errors always problem+json without leaks. */
    static void wellFormed(Answer r, String sent) {
        assertTrue(r.statusCode() < 500, () -> "server error " + r.statusCode() + ": " + r.asString());
        assertNull(r.header("Server"), "no Server banner");
        String cache = r.header("Cache-Control");
        assertTrue(cache != null && cache.contains("no-store"), () -> "Cache-Control: no-store, got " + cache);
        if (r.statusCode() >= 400) {
            problem(r, sent);
        }
    }

    /** An RFC 9457 body with a stable type, the right status and nothing from the inside. */
    static JsonNode problem(Answer r, String sent) {
        String type = r.contentType();
        assertTrue(type != null && type.startsWith(PROBLEM_JSON),
                () -> r.statusCode() + " must be " + PROBLEM_JSON + ", was " + type + ": " + r.asString());
        JsonNode body = json(r);
        assertTrue(body.path("type").asText().startsWith("urn:taizhang:error:"), () -> "problem type: " + body);
        assertEquals(r.statusCode(), body.path("status").asInt(), () -> "problem status: " + body);
        assertFalse(body.path("title").asText().isBlank(), () -> "problem title: " + body);
        noLeak(r.asString(), sent);
        return body;
    }

    static void noLeak(String answer, String sent) {
        String lower = answer.toLowerCase(Locale.ROOT);
        String sentLower = sent == null ? "" : sent.toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (lower.contains(leak) && !sentLower.contains(leak)) {
                fail("the answer betrays the implementation ('" + leak.strip() + "'): " + answer);
            }
        }
    }

    static void status(Answer r, int expected, String sent) {
        assertEquals(expected, r.statusCode(), () -> "status; body: " + r.asString());
        wellFormed(r, sent);
    }

    static void unauthenticated(Answer r) {
        status(r, 401, null);
        assertNotNull(r.header("WWW-Authenticate"), "401 names the scheme in WWW-Authenticate");
        assertEquals("urn:taizhang:error:unauthenticated", json(r).path("type").asText());
    }

    static void forbidden(Answer r) {
        status(r, 403, null);
        assertEquals("urn:taizhang:error:forbidden", json(r).path("type").asText());
    }

    /** Every {@code unitId} anywhere in a liaison's answer is its own unit's. */
    static void onlyUnit(Answer r, long unit) {
        // files, pages and event streams name units by name, not id: their own tests check visibility
        if (r.statusCode() >= 300 || r.asString().isEmpty() || !isJson(r)) {
            return;
        }
        onlyUnit(json(r), unit, "$");
    }

    private static void onlyUnit(JsonNode node, long unit, String where) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("unitId") && e.getValue().isNumber()) {
                    assertEquals(unit, e.getValue().asLong(), () -> "a foreign row at " + where + ": " + node);
                }
                onlyUnit(e.getValue(), unit, where + "." + e.getKey());
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                onlyUnit(node.get(i), unit, where + "[" + i + "]");
            }
        }
    }

    static boolean isJson(Answer r) {
        String type = r.contentType();
        return type != null && type.contains("json");
    }

    /** The body as JSON, or as one text node when the operation answers a file or a page. */
    static JsonNode body(Answer r) {
        return isJson(r) ? json(r) : MAPPER.getNodeFactory().textNode(r.asString());
    }

    static JsonNode json(Answer r) {
        return parse(r.asString());
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
