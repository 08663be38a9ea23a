package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.security.ApiContract.Operation;
import io.taizhang.security.BadValues.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile bodies for every operation that takes one, sent as a role the operation documents:
 * broken JSON, the wrong shape, nulls, wrong types, huge, nested, odd or invisible text, wrong
 * media types. Only 4xx answers (or, for odd but legal text, an acceptance), always problem+json
 * without a trace of the implementation, and a refusal never changes the database.
 */
@QuarkusTest
class BadBodyInputTest extends BatteryTest {

    private static final int DEPTH = 10_000;

    @TestFactory
    Stream<DynamicTest> hostileBodiesForEveryOperationThatTakesOne() {
        prepare();
        return api.operations().stream().filter(Operation::hasBody)
                .flatMap(op -> Stream.concat(wholeBodies(op), properties(op)));
    }

    private Stream<DynamicTest> wholeBodies(Operation op) {
        boolean required = !Bodies.required(api.named(op.bodySchema())).isEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(refusal(op, "malformed JSON", 400, c -> c.json("{\"title\": \"整改")));
        tests.add(refusal(op, "a valid body followed by garbage", 400, c -> c.json(c.body() + " }{")));
        tests.add(refusal(op, "a JSON array", 400, c -> c.json("[]")));
        tests.add(refusal(op, "a JSON string", 400, c -> c.json("\"整改\"")));
        tests.add(refusal(op, "10,000 nested arrays", 400, c -> c.json("[".repeat(DEPTH) + "]".repeat(DEPTH))));
        tests.add(refusal(op, "10,000 nested objects", 400,
                c -> c.json("{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH))));
        tests.add(refusal(op, "text/plain", 415, c -> c.body("text/plain", c.body())));
        tests.add(refusal(op, "application/xml", 415, c -> c.body("application/xml", "<problem><title>x</title></problem>")));
        tests.add(refusal(op, "form data", 415, c -> c.body("application/x-www-form-urlencoded", "title=x")));
        if (required) {
            tests.add(refusal(op, "a JSON null body", 400, c -> c.json("null")));
            tests.add(refusal(op, "an empty body", 400, c -> c.json("")));
            tests.add(refusal(op, "an empty object", 400, c -> c.json("{}")));
        } else {
            tests.add(tolerance(op, "a JSON null body", () -> Bodies.JSON.nullNode(), ""));
        }
        return tests.stream();
    }

    /** Every property, at any depth, with every hostile value its schema calls for, and null when required. */
    private Stream<DynamicTest> properties(Operation op) {
        List<DynamicTest> tests = new ArrayList<>();
        walk(op, op.bodySchema(), "", tests);
        return tests.stream();
    }

    private void walk(Operation op, String schemaName, String prefix, List<DynamicTest> tests) {
        List<String> required = Bodies.required(api.named(schemaName));
        bodies.properties(schemaName).forEach((name, raw) -> {
            String path = prefix + name;
            JsonNode schema = api.resolve(raw);
            if (required.contains(name)) {
                tests.add(tolerance(op, "null in required " + path, () -> Bodies.JSON.nullNode(), path, true));
            }
            for (Variant v : BadValues.forSchema(schema)) {
                tests.add(tolerance(op, v.label() + " in " + path, v::value, path, v.refused()));
            }
            String ref = ApiContract.refName(raw);
            if (ref != null && "object".equals(schema.path("type").asText()) && required.contains(name)) {
                walk(op, ref, path + ".", tests);
            }
        });
    }

    private DynamicTest refusal(Operation op, String what, int status, UnaryOperator<Call> change) {
        return named(op.label() + " with " + what + " → " + status, () -> {
            Call call = change.apply(call(op, fx.allowedActorFor(op)));
            Answer r = refused(call::send);
            Checks.status(r, status, call.body());
        });
    }

    private DynamicTest tolerance(Operation op, String what, Supplier<JsonNode> value, String path) {
        return tolerance(op, what, value, path, false);
    }

    /** The body with one value replaced; refused ones must be 4xx, the others anything but 5xx. */
    private DynamicTest tolerance(Operation op, String what, Supplier<JsonNode> value, String path, boolean refused) {
        return named(op.label() + " with " + what + (refused ? " → 4xx" : " → accepted or 4xx"), () -> {
            Call base = call(op, fx.allowedActorFor(op));
            Call call = base.json(path.isEmpty() ? value.get().toString() : replaced(base.body(), path, value.get()));
            String before = db.take();
            Answer r = call.send();
            Checks.wellFormed(r, call.body());
            if (refused) {
                assertTrue(r.statusCode() >= 400, () -> "accepted: " + r.statusCode() + " " + r.asString());
            }
            if (r.statusCode() >= 400) {
                assertEquals(before, db.take(), "a refused request changed the database");
            }
        });
    }

    private static String replaced(String body, String path, JsonNode value) {
        ObjectNode root = (ObjectNode) Checks.parse(body);
        ObjectNode parent = root;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        parent.set(names[names.length - 1], value);
        return root.toString();
    }
}
