package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.security.ApiContract.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * OWASP API3 (mass assignment), generated from the contract's request schemas: a body that
 * otherwise would be accepted, carrying a field the schema does not declare (a status, an owner
 * unit, an id, a version, a timestamp, an actor, a role, or anything unknown), is refused with
 * 400 naming that field, and nothing in the database changes. Nested objects get the same test.
 */
@QuarkusTest
class MassAssignmentTest extends BatteryTest {

    /** Fields a client might try to set on a record it should not control, with plausible values. */
    private static final Map<String, JsonNode> SMUGGLED = new LinkedHashMap<>();

    static {
        SMUGGLED.put("id", Bodies.JSON.numberNode(1));
        SMUGGLED.put("status", Bodies.JSON.textNode("CLOSED"));
        SMUGGLED.put("unitId", Bodies.JSON.numberNode(1));
        SMUGGLED.put("problemId", Bodies.JSON.numberNode(1));
        SMUGGLED.put("measureId", Bodies.JSON.numberNode(1));
        SMUGGLED.put("accountId", Bodies.JSON.numberNode(1));
        SMUGGLED.put("version", Bodies.JSON.numberNode(999));
        SMUGGLED.put("ledgerNumber", Bodies.JSON.textNode("IPC-2023-001"));
        SMUGGLED.put("createdAt", Bodies.JSON.textNode("2023-06-16T09:00:00+08:00"));
        SMUGGLED.put("updatedAt", Bodies.JSON.textNode("2023-06-16T09:00:00+08:00"));
        SMUGGLED.put("closedAt", Bodies.JSON.textNode("2023-06-16T09:00:00+08:00"));
        SMUGGLED.put("filedBy", Bodies.JSON.numberNode(1));
        SMUGGLED.put("addedBy", Bodies.JSON.numberNode(1));
        SMUGGLED.put("inspectorId", Bodies.JSON.numberNode(1));
        SMUGGLED.put("actor", Bodies.JSON.objectNode().put("accountId", 1).put("role", "INSPECTOR"));
        SMUGGLED.put("role", Bodies.JSON.textNode("ADMIN"));
        SMUGGLED.put("priority", Bodies.JSON.booleanNode(true));
        SMUGGLED.put("allowedActions", Bodies.JSON.arrayNode().add("VERIFY"));
        SMUGGLED.put("hash", Bodies.JSON.textNode("0".repeat(64)));
        SMUGGLED.put("unknownField", Bodies.JSON.textNode("x"));
    }

    @TestFactory
    Stream<DynamicTest> everyBodyRefusesFieldsItDoesNotDeclare() {
        prepare();
        return api.operations().stream().filter(Operation::hasBody).flatMap(op -> Stream.concat(
                SMUGGLED.keySet().stream().filter(f -> !bodies.properties(op.bodySchema()).containsKey(f))
                        .map(f -> named(op.label() + " with '" + f + "' in its " + op.bodySchema() + " body → 400",
                                () -> smuggle(op, f, ""))),
                nestedObjects(op).map(path -> named(op.label() + " with 'status' inside " + path + " → 400",
                        () -> smuggle(op, "status", path)))));
    }

    /** Names of the body's properties whose values are objects, where a field can hide as well. */
    private Stream<String> nestedObjects(Operation op) {
        ObjectNode body = bodies.minimal(op.bodySchema());
        return body.properties().stream().filter(e -> e.getValue().isObject()).map(Map.Entry::getKey);
    }

    private void smuggle(Operation op, String field, String inside) {
        Call base = call(op, fx.allowedActorFor(op));
        ObjectNode body = (ObjectNode) Checks.parse(base.body());
        ObjectNode target = inside.isEmpty() ? body : (ObjectNode) body.get(inside);
        target.set(field, SMUGGLED.get(field));
        Call call = base.json(body.toString());
        Answer r = refused(call::send);
        Checks.status(r, 400, call.body());
        JsonNode problem = Checks.json(r);
        assertEquals("urn:taizhang:error:validation-failed", problem.path("type").asText(), problem::toString);
        String expected = inside.isEmpty() ? field : inside + "." + field;
        assertTrue(problem.path("violations").findValuesAsText("field").contains(expected),
                () -> "the violations name " + expected + ": " + problem);
    }
}
