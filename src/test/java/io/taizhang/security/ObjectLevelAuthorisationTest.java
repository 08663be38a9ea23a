package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.security.ApiContract.Operation;
import io.taizhang.security.Fixtures.Actor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * OWASP API1 (broken object-level authorisation), generated from the served contract: every
 * operation, aimed at unit A's records, as every kind of caller. Another unit's liaison gets
 * exactly the answer a missing record gets (404 where the path names the record), nothing
 * changes, and no answer to a liaison ever carries another unit's rows.
 */
@QuarkusTest
class ObjectLevelAuthorisationTest extends BatteryTest {

    @TestFactory
    Stream<DynamicTest> everyOperationOnUnitARecordsAsEveryKindOfCaller() {
        prepare();
        List<Actor> actors = Stream.of(List.of(fx.ownLiaison, fx.otherLiaison), fx.staff,
                fx.unauthenticated).flatMap(List::stream).toList();
        return api.operations().stream().filter(op -> takesAnId(op) || op.method().equals("get"))
                .flatMap(op -> actors.stream().map(actor -> named(op.label() + " as " + actor.label() + " → "
                        + expectation(op, actor), () -> check(op, actor))));
    }

    private String expectation(Operation op, Actor actor) {
        if (!actor.authenticated()) {
            return "401";
        }
        if (!op.allows(actor.role())) {
            return "403";
        }
        if (actor == fx.otherLiaison && touchesUnitRecords(op)) {
            return pathNamesUnitRecord(op) ? "404 like a missing record" : "same answer as for a missing record";
        }
        return actor.role().equals("LIAISON") ? "allowed, own unit's rows only" : "allowed";
    }

    private void check(Operation op, Actor actor) {
        Call real = call(op, actor);
        if (turnedAwayAtTheDoor(op, actor, real)) {
            return;
        }
        if (actor == fx.otherLiaison && touchesUnitRecords(op)) {
            foreignLikeMissing(op, real);
        } else {
            Answer r = real.send();
            Checks.wellFormed(r, real.body());
            assertTrue(r.statusCode() != 401 && r.statusCode() != 403 && r.statusCode() != 404,
                    () -> "a documented role reaching a visible record: " + r.statusCode() + " " + r.asString());
            if (actor.unitId() != null) {
                Checks.onlyUnit(r, actor.unitId());
            }
        }
    }

    private void foreignLikeMissing(Operation op, Call real) {
        Call probe = missingProbe(real, op);
        Answer[] answers = new Answer[2];
        refused(() -> {
            answers[0] = real.send();
            answers[1] = probe.send();
            return answers[0];
        });
        Answer foreign = answers[0];
        Answer missing = answers[1];
        Checks.wellFormed(foreign, real.body());
        assertEquals(missing.statusCode(), foreign.statusCode(),
                () -> "foreign " + foreign.asString() + " vs missing " + missing.asString());
        if (pathNamesUnitRecord(op)) {
            assertEquals(404, foreign.statusCode(), () -> foreign.asString());
        }
        if (foreign.statusCode() >= 400) {
            assertEquals(normalised(missing, probe), normalised(foreign, real), "the same problem as for a missing record");
        } else {
            Checks.onlyUnit(foreign, fx.unitB);
            assertEquals(withoutClock(missing), withoutClock(foreign), "the same answer as for a missing record");
        }
    }

    /**
     * A successful answer as JSON without the instant it was computed at: aggregates such as the
     * dashboard summary say when they were taken ("at"), and two calls a millisecond apart differ there.
     */
    private static JsonNode withoutClock(Answer r) {
        JsonNode body = Checks.body(r);
        if (body instanceof ObjectNode object) {
            object.remove(List.of("at", "generatedAt"));
        }
        return body;
    }

    /** The problem's type, title and detail with the request's own ids taken out. */
    private static String normalised(Answer r, Call call) {
        JsonNode p = Checks.json(r);
        String detail = p.path("type").asText() + " | " + p.path("title").asText() + " | " + p.path("detail").asText();
        for (String value : call.pathValues().values()) {
            detail = detail.replace(value, "{id}");
        }
        for (String value : call.query().values()) {
            detail = detail.replace(value, "{id}");
        }
        return detail.replace(String.valueOf(Fixtures.MISSING), "{id}");
    }
}
