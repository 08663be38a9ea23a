package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.security.ApiContract.Operation;
import io.taizhang.security.ApiContract.Param;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile path and query parameters for every operation that has them, sent as a role the
 * operation documents: malformed and huge ids, absurd page sizes and forged cursors must be
 * refused with 4xx; any other filter value may match nothing, but never causes a 5xx, an answer
 * that is not problem+json, a leak of the implementation, or a change to the database.
 */
@QuarkusTest
class BadParameterInputTest extends BatteryTest {

    /** Each must be refused wherever an id is expected: not a positive 64-bit integer, or no such record. */
    private static final List<String> BAD_IDS = List.of("99999999999999999999", "-1", "0", "abc", "1.5", "1e3",
            "0x10", "%20", "%00", "1%2F2", "9223372036854775807", "1".repeat(200), "%27%20OR%201=1--");

    private static final List<String> BAD_LIMITS = List.of("0", "-1", "201", "99999999999999999999", "abc", "1.5",
            "1e3", " ", "50;DROP TABLE problem");

    private static final List<String> BAD_CURSORS = List.of("garbage!!", "AAAA", "x".repeat(600), "-1",
            "99999999999999999999", "e30", "' OR '1'='1", "%00");

    private static final List<String> ODD_FILTERS = List.of("abc", "99999999999999999999", "-1", "NOT_A_VALUE",
            "2023-02-30", "' OR 1=1 --", "\u0001\u001b[2J", "x".repeat(1000), "整改✅🚀", "\u202eمشكلة");

    @TestFactory
    Stream<DynamicTest> hostileParametersForEveryOperation() {
        prepare();
        return api.operations().stream().flatMap(op -> op.params().stream().flatMap(p -> switch (p.in()) {
            case "path" -> BAD_IDS.stream().map(v -> refusal(op, p, v));
            case "query" -> switch (p.name()) {
                case "limit" -> BAD_LIMITS.stream().map(v -> refusal(op, p, v));
                case "cursor" -> BAD_CURSORS.stream().map(v -> refusal(op, p, v));
                default -> ODD_FILTERS.stream().map(v -> tolerance(op, p, v));
            };
            default -> Stream.empty();
        }));
    }

    /** Path values are sent as written (they are URL text already); query values are encoded. */
    private Call with(Operation op, Param p, String value) {
        Call call = call(op, fx.allowedActorFor(op));
        return p.in().equals("path") ? call.path(p.name(), value) : call.query(p.name(), value);
    }

    private DynamicTest refusal(Operation op, Param p, String value) {
        return named(op.label() + " with " + p.in() + " " + p.name() + "=" + shown(value) + " → 4xx", () -> {
            Call call = with(op, p, value);
            Answer r = refused(call::send);
            Checks.wellFormed(r, call.target());
            assertTrue(r.statusCode() >= 400, () -> "accepted: " + r.statusCode() + " " + r.asString());
        });
    }

    private DynamicTest tolerance(Operation op, Param p, String value) {
        return named(op.label() + " with " + p.in() + " " + p.name() + "=" + shown(value) + " → 2xx or 4xx", () -> {
            Call call = with(op, p, value);
            String before = db.take();
            Answer r = call.send();
            Checks.wellFormed(r, call.target() + value);
            if (r.statusCode() >= 400 || op.method().equals("get")) {
                assertEquals(before, db.take(), "the database changed");
            }
        });
    }

    private static String shown(String value) {
        String printable = value.codePoints().mapToObj(c -> Character.isISOControl(c) ? "\\u%04x".formatted(c)
                : Character.toString(c)).reduce("", String::concat);
        return printable.length() > 40 ? printable.substring(0, 20) + "…(" + value.length() + " chars)" : printable;
    }
}
