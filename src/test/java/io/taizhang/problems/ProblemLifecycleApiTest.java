package io.taizhang.problems;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.taizhang.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A problem's whole life as a liaison and an inspector live it, with the ledger checked at each step. */
@QuarkusTest
class ProblemLifecycleApiTest extends ApiTest {

    @Test
    void fullLifecycleFromFilingToCloseOutAndLookBackReopening() {
        int year = scenario.today().getYear();
        // filing gives a ledger number and one ledger entry
        JsonPath filed = scenario.file("IPC", scenario.problemBody("理论学习安排“一刀切”")).statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/problems/\\d+"))
                .header("ETag", notNullValue())
                .body("ledgerNumber", equalTo("IPC-" + year + "-001"))
                .body("status", equalTo("REGISTERED"))
                .body("allowedActions", containsInAnyOrder("UPDATE", "ADD_MEASURE", "REQUEST_EXTENSION"))
                .extract().jsonPath();
        long problem = filed.getLong("id");
        assertLedgerKinds(problem, "PROBLEM_FILED");

        long measure = scenario.addMeasure("IPC", problem);
        assertLedgerKinds(problem, "PROBLEM_FILED", "MEASURE_ADDED");

        // starting the first measure moves the problem into rectification
        scenario.startMeasure("IPC", measure);
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then().statusCode(200)
                .body("status", equalTo("IN_RECTIFICATION"));
        assertLedgerKinds(problem, "PROBLEM_FILED", "MEASURE_ADDED", "MEASURE_STARTED", "STATUS_CHANGED");

        asLiaisonOf("IPC").body(Map.of("percent", 40, "note", "台账模板已下发"))
                .post("/api/v1/measures/" + measure + "/progress-reports").then().statusCode(200)
                .body("progressPercent", equalTo(40));
        scenario.addEvidence("IPC", measure);
        scenario.completeMeasure("IPC", measure);
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then()
                .body("allowedActions", containsInAnyOrder("UPDATE", "ADD_MEASURE", "REQUEST_CLOSE_OUT", "REQUEST_EXTENSION"))
                .body("measuresDone", equalTo(1));

        // the liaison asks; that is a request, not a close-out
        scenario.requestCloseOut("IPC", problem);
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then()
                .body("status", equalTo("CLOSE_OUT_REQUESTED")).body("allowedActions", empty());
        as("inspector").get("/api/v1/problems/" + problem).then().body("allowedActions", contains("VERIFY"));

        // one answer short of YES sends it back, and the failed verification stays on record
        as("inspector").body(Map.of("answers", scenario.answers("PARTLY"), "returnReason", "群众满意度未核实"))
                .post("/api/v1/problems/" + problem + "/verifications").then().statusCode(201)
                .body("outcome", equalTo("RETURNED"));
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then().body("status", equalTo("IN_RECTIFICATION"));

        // the unit asks again; five YES close it out
        scenario.requestCloseOut("IPC", problem);
        as("inspector").body(Map.of("answers", scenario.answers("YES")))
                .post("/api/v1/problems/" + problem + "/verifications").then().statusCode(201)
                .body("outcome", equalTo("CLOSED"));
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then()
                .body("status", equalTo("CLOSED")).body("closedAt", notNullValue());
        as("steering").get("/api/v1/problems/" + problem + "/verifications").then().statusCode(200)
                .body("outcome", contains("RETURNED", "CLOSED"));

        // look-back: an inspector reopens it with a reason; the history stays
        as("inspector").body(Map.of("reason", "回头看发现问题反弹")).post("/api/v1/problems/" + problem + "/reopen")
                .then().statusCode(200).body("status", equalTo("IN_RECTIFICATION")).body("closedAt", nullValue());
        assertLedgerKinds(problem, "PROBLEM_FILED", "MEASURE_ADDED", "MEASURE_STARTED", "STATUS_CHANGED",
                "PROGRESS_REPORTED", "EVIDENCE_ADDED", "MEASURE_COMPLETED", "CLOSE_OUT_REQUESTED",
                "VERIFICATION_RECORDED", "CLOSE_OUT_REQUESTED", "VERIFICATION_RECORDED", "PROBLEM_REOPENED");

        // and every link of the chain verifies
        as("inspector").get("/api/v1/problems/" + problem + "/ledger/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("entries", equalTo(12));
    }

    @Test
    void ledgerEntriesRecordWhoWhatBeforeAfterAndWhy() {
        long problem = scenario.fileProblem("CC1");
        String etag = asLiaisonOf("CC1").get("/api/v1/problems/" + problem).then().extract().header("ETag");
        asLiaisonOf("CC1").header("If-Match", etag)
                .body(Map.of("severity", "HIGH", "reason", "涉及群众切身利益"))
                .patch("/api/v1/problems/" + problem).then().statusCode(200).body("severity", equalTo("HIGH"));
        JsonPath ledger = as("inspector").get("/api/v1/problems/" + problem + "/ledger").then().statusCode(200)
                .body("", hasSize(2)).extract().jsonPath();
        assertEquals("PROBLEM_UPDATED", ledger.getString("[1].kind"));
        assertEquals("MEDIUM", ledger.getString("[1].changes.severity.before"));
        assertEquals("HIGH", ledger.getString("[1].changes.severity.after"));
        assertEquals("涉及群众切身利益", ledger.getString("[1].reason"));
        assertEquals("LIAISON", ledger.getString("[1].actor.role"));
        assertEquals(world.liaisonOf("CC1").accountId(), ledger.getLong("[1].actor.accountId"));
        assertEquals(ledger.getString("[0].hash"), ledger.getString("[1].prevHash"));
    }

    private void assertLedgerKinds(long problem, String... kinds) {
        List<String> actual = as("inspector").get("/api/v1/problems/" + problem + "/ledger?limit=200").then()
                .statusCode(200).extract().jsonPath().getList("kind");
        assertEquals(List.of(kinds), actual);
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
