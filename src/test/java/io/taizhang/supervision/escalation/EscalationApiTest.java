package io.taizhang.supervision.escalation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.taizhang.supervision.SupervisionApiTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The escalation ladder (挂牌督办) with the clock at chosen instants: the measure of each test is
 * created at T0 with a deadline of 16 July, so it is RED from 17 July 00:00 in Beijing.
 */
@QuarkusTest
class EscalationApiTest extends SupervisionApiTest {

    static final Instant RED = startOf(LocalDate.of(2023, 7, 17));
    static final Instant LAG = T0.plus(Duration.ofHours(147));

    @Test
    void aMeasureRedForMoreThanFourteenDaysIsProposedOnceBySystem() {
        long[] pm = problemWithStartedMeasure("IPC");
        clock.set(RED.plus(Duration.ofDays(14)));
        evaluate();
        escalationsOf(pm[0]).body("", empty());
        clock.set(RED.plus(Duration.ofDays(14)).plusSeconds(1));
        assertEquals(1, evaluate().getInt("summary.proposalsRaised"));
        escalationsOf(pm[0]).body("rule", contains("RED_TOO_LONG")).body("status", contains("PROPOSED"))
                .body("measureId", contains((int) pm[1]));
        // running it again, later, writes nothing new
        clock.advance(Duration.ofDays(1));
        assertEquals(0, evaluate().getInt("summary.proposalsRaised"));
        JsonPath ledger = ledger(pm[0]);
        List<String> kinds = ledger.getList("kind");
        assertEquals(1, kinds.stream().filter("ESCALATION_PROPOSED"::equals).count());
        int at = kinds.indexOf("ESCALATION_PROPOSED");
        assertEquals("SYSTEM", ledger.getString("[" + at + "].actor.role"));
        assertEquals("RED_TOO_LONG", ledger.getString("[" + at + "].changes.rule"));
    }

    @Test
    void aMeasureThatTurnsYellowTwiceIsProposed() {
        long[] pm = problemWithStartedMeasure("CC1");
        clock.set(LAG);
        evaluate();
        assertEquals(1, measure(pm[1]).getInt("yellowSpells"));
        escalationsOf(pm[0]).body("", empty());
        reportProgress("CC1", pm[1], 30);
        assertEquals("GREEN", measure(pm[1]).getString("light"));
        // 30 % + 20 points = 50 % of the 735 hours: the straight line catches up again
        clock.set(T0.plus(Duration.ofMinutes(367 * 60 + 30)));
        evaluate();
        assertEquals(2, measure(pm[1]).getInt("yellowSpells"));
        escalationsOf(pm[0]).body("rule", contains("YELLOW_TWICE"));
    }

    @Test
    void aConfirmedEscalationIsOnTheBoardAndIsLiftedOnlyOnceBackOnTrack() {
        long[] pm = problemWithStartedMeasure("NJC");
        clock.set(RED.plus(Duration.ofDays(15)));
        evaluate();
        long escalation = escalationsOf(pm[0]).extract().jsonPath().getLong("[0].id");
        as("inspector").body(decision("2023-08-31")).post("/api/v1/escalations/" + escalation + "/confirm").then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("superviseUntil", equalTo("2023-08-31"));
        as("steering").get("/api/v1/escalations/board").then().statusCode(200)
                .body("problemId", contains((int) pm[0])).body("light", contains("RED"))
                .body("ledgerNumber", contains(problem(pm[0]).getString("ledgerNumber")));
        assertTrue(problem(pm[0]).getBoolean("escalated"));
        assertEquals(List.of(pm[0]), listed("escalated=true"));
        lift(escalation).statusCode(409).contentType(PROBLEM_JSON).body("light", equalTo("RED"));
        // the deadline moves, but the work still lags the new straight line: YELLOW, still not lifted
        long request = asLiaisonOf("NJC").body(Map.of("measureId", pm[1], "requestedDeadline", "2023-08-15",
                "reason", "配套制度待出台")).post("/api/v1/problems/" + pm[0] + "/extension-requests").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as("inspector").post("/api/v1/extension-requests/" + request + "/approve").then().statusCode(200);
        assertEquals("YELLOW", problem(pm[0]).getString("light"));
        lift(escalation).statusCode(409).body("light", equalTo("YELLOW"));
        // the lag made up: GREEN, and the escalation can be lifted
        reportProgress("NJC", pm[1], 85);
        assertEquals("GREEN", problem(pm[0]).getString("light"));
        lift(escalation).statusCode(200).body("status", equalTo("LIFTED"));
        as("steering").get("/api/v1/escalations/board").then().body("", empty());
        assertFalse(problem(pm[0]).getBoolean("escalated"));
        List<String> kinds = ledgerKinds(pm[0]);
        assertTrue(kinds.containsAll(List.of("ESCALATION_PROPOSED", "ESCALATED", "DEESCALATED")));
    }

    @Test
    void aDismissedProposalIsNotProposedAgainForTheSameFact() {
        long[] pm = problemWithStartedMeasure("CC2");
        clock.set(RED.plus(Duration.ofDays(15)));
        evaluate();
        long escalation = escalationsOf(pm[0]).extract().jsonPath().getLong("[0].id");
        as("inspector").body(Map.of("note", "单位已说明客观原因")).post("/api/v1/escalations/" + escalation + "/dismiss")
                .then().statusCode(200).body("status", equalTo("DISMISSED"));
        clock.advance(Duration.ofDays(3));
        evaluate();
        escalationsOf(pm[0]).body("status", contains("DISMISSED"));
        as("inspector").body(decision("2023-09-30")).post("/api/v1/escalations/" + escalation + "/confirm").then()
                .statusCode(409).body("escalationStatus", equalTo("DISMISSED"));
    }

    @Test
    void anInspectorEscalatesDirectlyAndALiaisonCannot() {
        long problem = scenario.fileProblem("OSC");
        asLiaisonOf("OSC").body(decision("2023-07-31")).post("/api/v1/problems/" + problem + "/escalations").then()
                .statusCode(403);
        as("inspector").body(decision("2023-06-01")).post("/api/v1/problems/" + problem + "/escalations").then()
                .statusCode(400).body("violations.field", hasItem("superviseUntil"));
        long escalation = as("inspector").body(decision("2023-07-31")).post("/api/v1/problems/" + problem + "/escalations")
                .then().statusCode(201).body("rule", equalTo("MANUAL")).body("status", equalTo("ACTIVE"))
                .extract().jsonPath().getLong("id");
        as("inspector").body(decision("2023-07-31")).post("/api/v1/problems/" + problem + "/escalations").then()
                .statusCode(409);
        asLiaisonOf("OSC").get("/api/v1/escalations/" + escalation).then().statusCode(200);
        asLiaisonOf("IPC").get("/api/v1/escalations/" + escalation).then().statusCode(404).contentType(PROBLEM_JSON);
        asLiaisonOf("IPC").get("/api/v1/escalations/board").then().body("", empty());
        asLiaisonOf("OSC").get("/api/v1/escalations?status=ACTIVE").then().body("id", contains((int) escalation));
        // a problem whose own light is GREEN can be lifted at once
        lift(escalation).statusCode(200);
    }

    private io.restassured.response.ValidatableResponse escalationsOf(long problem) {
        return as("inspector").get("/api/v1/problems/" + problem + "/escalations").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse lift(long escalation) {
        return as("inspector").body(Map.of("note", "整改已回到正轨")).post("/api/v1/escalations/" + escalation + "/lift")
                .then();
    }

    private static Map<String, Object> decision(String until) {
        return Map.of("reason", "整改滞后，影响群众切身利益", "superviseUntil", until);
    }
}
