package io.taizhang.supervision.lookback;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.taizhang.supervision.SupervisionApiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Look-back (回头看): a problem closed on 16 June 2023 is due for its look-back after the 90-day
 * consolidation period, on 14 September, and overdue after the 30 grace days, from 15 October.
 */
@QuarkusTest
class LookBackApiTest extends SupervisionApiTest {

    static final LocalDate DUE = LocalDate.of(2023, 9, 14);

    @Test
    void closingSchedulesALookBackThatFallsDueAndThenOverdue() {
        long problem = scenario.closedProblem("IPC");
        JsonPath lookBack = lookBacksOf(problem);
        assertEquals(DUE.toString(), lookBack.getString("[0].dueOn"));
        assertEquals("2023-10-14", lookBack.getString("[0].overdueAfter"));
        assertEquals("SCHEDULED", lookBack.getString("[0].state"));
        assertNotNull(lookBack.getString("[0].verificationId"));
        long id = lookBack.getLong("[0].id");
        List<String> kinds = ledgerKinds(problem);
        assertEquals("VERIFICATION_RECORDED", kinds.get(kinds.size() - 1));
        assertEquals(DUE.toString(), ledger(problem).getString("[" + (kinds.size() - 1) + "].changes.lookBackDueOn"));

        clock.set(justBefore(startOf(DUE)));
        inState("SCHEDULED", id);
        clock.set(startOf(DUE));
        inState("DUE", id);
        as("inspector").get("/api/v1/look-backs?state=SCHEDULED").then().body("id", empty());
        clock.set(startOf(LocalDate.of(2023, 10, 14)));
        inState("DUE", id);
        clock.set(startOf(LocalDate.of(2023, 10, 15)));
        inState("OVERDUE", id);
        as("inspector").get("/api/v1/look-backs?state=DUE").then().body("id", empty());
    }

    @Test
    void consolidationIsConfirmedOnlyOnceTheConsolidationPeriodIsOver() {
        long problem = scenario.closedProblem("CC1");
        long id = lookBacksOf(problem).getLong("[0].id");
        record(id, "CONSOLIDATED").statusCode(409).contentType(PROBLEM_JSON).body("dueOn", equalTo(DUE.toString()));
        clock.set(startOf(DUE));
        record(id, "CONSOLIDATED").statusCode(200).body("state", equalTo("CONSOLIDATED"))
                .body("finding", equalTo("整改成效巩固，未见反弹"));
        record(id, "RELAPSED").statusCode(409);
        List<String> kinds = ledgerKinds(problem);
        assertEquals("LOOK_BACK_RECORDED", kinds.get(kinds.size() - 1));
        as("inspector").get("/api/v1/problems/" + problem).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void aRelapseReopensTheProblemLinkedToItsEarlierClosure() {
        long problem = scenario.closedProblem("CC2");
        JsonPath before = lookBacksOf(problem);
        long id = before.getLong("[0].id");
        String closedAt = problem(problem).getString("closedAt");
        // a relapse is recorded whenever it is found, even during the consolidation period
        record(id, "RELAPSED").statusCode(200).body("state", equalTo("RELAPSED"));
        as("inspector").get("/api/v1/problems/" + problem).then().body("status", equalTo("IN_RECTIFICATION"))
                .body("closedAt", nullValue()).body("light", equalTo("GREEN"));
        JsonPath ledger = ledger(problem);
        List<String> kinds = ledger.getList("kind");
        int reopened = kinds.lastIndexOf("PROBLEM_REOPENED");
        assertEquals(id, ledger.getLong("[" + reopened + "].changes.lookBack.id"));
        assertEquals("RELAPSED", ledger.getString("[" + reopened + "].changes.lookBack.outcome"));
        assertEquals(before.getLong("[0].verificationId"), ledger.getLong("[" + reopened + "].changes.lookBack.verificationId"));
        assertEquals(closedAt, ledger.getString("[" + reopened + "].changes.closedAt.before"));
        assertEquals("整改成效巩固，未见反弹", ledger.getString("[" + reopened + "].reason"));
    }

    @Test
    void theReopenEndpointRecordsTheLookBackAsRelapsed() {
        long problem = scenario.closedProblem("NJC");
        as("inspector").body(Map.of("reason", "回头看发现问题反弹")).post("/api/v1/problems/" + problem + "/reopen")
                .then().statusCode(200).body("status", equalTo("IN_RECTIFICATION"));
        as("inspector").get("/api/v1/problems/" + problem + "/look-backs").then()
                .body("state", contains("RELAPSED")).body("finding", contains("回头看发现问题反弹"));
        as("inspector").get("/api/v1/look-backs?state=RELAPSED").then().body("problemId", contains((int) problem));
    }

    @Test
    void anotherUnitsLookBacksDoNotExistForALiaison() {
        long problem = scenario.closedProblem("OSC");
        long id = lookBacksOf(problem).getLong("[0].id");
        asLiaisonOf("OSC").get("/api/v1/look-backs/" + id).then().statusCode(200);
        asLiaisonOf("PCP").get("/api/v1/look-backs/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
        asLiaisonOf("PCP").get("/api/v1/look-backs").then().body("id", empty());
        asLiaisonOf("OSC").body(Map.of("outcome", "CONSOLIDATED", "finding", "自评")).post("/api/v1/look-backs/" + id
                + "/record").then().statusCode(403);
    }

    private JsonPath lookBacksOf(long problem) {
        return as("inspector").get("/api/v1/problems/" + problem + "/look-backs").then().statusCode(200).extract()
                .jsonPath();
    }

    private void inState(String state, long id) {
        as("inspector").get("/api/v1/look-backs/" + id).then().statusCode(200).body("state", equalTo(state));
        as("inspector").get("/api/v1/look-backs?state=" + state).then().statusCode(200).body("id", contains((int) id));
    }

    private io.restassured.response.ValidatableResponse record(long id, String outcome) {
        return as("inspector2").body(Map.of("outcome", outcome, "finding", "整改成效巩固，未见反弹"))
                .post("/api/v1/look-backs/" + id + "/record").then();
    }
}
