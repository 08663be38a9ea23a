package io.taizhang.supervision.extensions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.taizhang.supervision.SupervisionApiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines that cannot silently move: extension requests, decisions, history, overdue on both dates. */
@QuarkusTest
class ExtensionRequestApiTest extends SupervisionApiTest {

    static final LocalDate PROBLEM_DEADLINE = LocalDate.of(2023, 8, 15);
    static final LocalDate MEASURE_DEADLINE = LocalDate.of(2023, 7, 16);

    @Test
    void anApprovedRequestMovesTheCurrentDeadlineAndKeepsTheOriginal() {
        long problem = scenario.fileProblem("IPC");
        long request = requestExtension("IPC", problem, null, "2023-09-15");
        as("inspector").get("/api/v1/problems/" + problem).then()
                .body("deadline", equalTo("2023-08-15")).body("originalDeadline", equalTo("2023-08-15"));
        as("inspector").body(Map.of("note", "同意，理由充分")).post("/api/v1/extension-requests/" + request + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decisionNote", equalTo("同意，理由充分"))
                .body("decidedBy", equalTo((int) world.actor("inspector").accountId()));
        as("inspector").get("/api/v1/problems/" + problem).then()
                .body("deadline", equalTo("2023-09-15")).body("originalDeadline", equalTo("2023-08-15"));
        JsonPath ledger = ledger(problem);
        List<String> kinds = ledger.getList("kind");
        assertEquals(List.of("PROBLEM_FILED", "EXTENSION_REQUESTED", "EXTENSION_APPROVED"), kinds);
        assertEquals("2023-08-15", ledger.getString("[2].changes.deadline.before"));
        assertEquals("2023-09-15", ledger.getString("[2].changes.deadline.after"));
        assertEquals("INSPECTOR", ledger.getString("[2].actor.role"));
    }

    @Test
    void theFullHistoryShowsEveryRequestAndDecision() {
        long[] pm = problemWithStartedMeasure("CC1");
        long rejected = requestExtension("CC1", pm[0], pm[1], "2023-07-31");
        as("inspector").body(Map.of("note", "未说明客观原因")).post("/api/v1/extension-requests/" + rejected + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        long approved = requestExtension("CC1", pm[0], pm[1], "2023-07-25");
        as("inspector2").post("/api/v1/extension-requests/" + approved + "/approve").then().statusCode(200);
        asLiaisonOf("CC1").get("/api/v1/problems/" + pm[0] + "/extension-requests").then().statusCode(200)
                .body("id", contains((int) rejected, (int) approved))
                .body("status", contains("REJECTED", "APPROVED"))
                .body("measureId", contains((int) pm[1], (int) pm[1]))
                .body("deadlineBefore", contains("2023-07-16", "2023-07-16"))
                .body("requestedDeadline", contains("2023-07-31", "2023-07-25"));
        JsonPath m = measure(pm[1]);
        assertEquals("2023-07-25", m.getString("deadline"));
        assertEquals("2023-07-16", m.getString("originalDeadline"));
    }

    @Test
    void overdueCanBeAskedAgainstEitherDeadline() {
        long[] extended = problemWithStartedMeasure("NJC");
        long notExtended = scenario.fileProblem("PCP");
        long request = requestExtension("NJC", extended[0], null, "2023-09-30");
        as("inspector").post("/api/v1/extension-requests/" + request + "/approve").then().statusCode(200);
        clock.set(startOf(PROBLEM_DEADLINE.plusDays(1)));
        JsonPath p = problem(extended[0]);
        assertFalse(p.getBoolean("overdue"));
        assertTrue(p.getBoolean("overdueAgainstOriginal"));
        List<Long> current = listed("overdue=true");
        List<Long> againstCurrent = listed("overdue=true&overdueAgainst=CURRENT");
        List<Long> original = listed("overdue=true&overdueAgainst=ORIGINAL");
        assertEquals(current, againstCurrent);
        assertTrue(current.contains(notExtended));
        assertFalse(current.contains(extended[0]));
        assertTrue(original.containsAll(List.of(notExtended, extended[0])));
        assertFalse(listed("overdue=false&overdueAgainst=ORIGINAL").contains(extended[0]));
        assertTrue(listed("overdue=false").contains(extended[0]));
        // the measure was not extended: it is overdue against both of its dates
        JsonPath m = measure(extended[1]);
        assertTrue(m.getBoolean("overdue"));
        assertTrue(m.getBoolean("overdueAgainstOriginal"));
    }

    @Test
    void anApprovedExtensionTurnsARedMeasureBackAndTheLightFollows() {
        long[] pm = problemWithStartedMeasure("OSC");
        reportProgress("OSC", pm[1], 90);
        clock.set(startOf(MEASURE_DEADLINE.plusDays(1)));
        assertEquals("RED", measure(pm[1]).getString("light"));
        long request = requestExtension("OSC", pm[0], pm[1], "2023-08-10");
        as("inspector").post("/api/v1/extension-requests/" + request + "/approve").then().statusCode(200);
        assertEquals("GREEN", measure(pm[1]).getString("light"));
        assertEquals("GREEN", problem(pm[0]).getString("light"));
    }

    @Test
    void oneRequestPerDeadlineAwaitsADecisionAtATime() {
        long problem = scenario.fileProblem("CIAJ");
        long first = requestExtension("CIAJ", problem, null, "2023-09-01");
        asLiaisonOf("CIAJ").body(Map.of("requestedDeadline", "2023-09-10", "reason", "再次申请"))
                .post("/api/v1/problems/" + problem + "/extension-requests").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("pendingRequestId", equalTo((int) first));
        as("inspector").body(Map.of("note", "驳回")).post("/api/v1/extension-requests/" + first + "/reject")
                .then().statusCode(200);
        as("inspector").post("/api/v1/extension-requests/" + first + "/approve").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("extensionStatus", equalTo("REJECTED"));
    }

    @Test
    void requestsAreCheckedAgainstTheDeadlinesTheyMove() {
        long[] pm = problemWithStartedMeasure("PCNM");
        String url = "/api/v1/problems/" + pm[0] + "/extension-requests";
        asLiaisonOf("PCNM").body(Map.of("requestedDeadline", "2023-08-15", "reason", "不延"))
                .post(url).then().statusCode(400).body("violations.field", hasItem("requestedDeadline"));
        asLiaisonOf("PCNM").body(Map.of("measureId", pm[1], "requestedDeadline", "2023-08-20", "reason", "超过问题期限"))
                .post(url).then().statusCode(400).body("violations.field", hasItem("requestedDeadline"));
        as("inspector").body(Map.of("requestedDeadline", "2023-09-01", "reason", "督导组代为申请"))
                .post(url).then().statusCode(403).contentType(PROBLEM_JSON);
        as("inspector").post("/api/v1/extension-requests/" + requestExtension("PCNM", pm[0], null, "2023-09-01")
                + "/reject").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void anotherUnitsRequestsDoNotExistForALiaison() {
        long problem = scenario.fileProblem("IPC");
        long request = requestExtension("IPC", problem, null, "2023-09-15");
        asLiaisonOf("CC2").get("/api/v1/extension-requests/" + request).then().statusCode(404).contentType(PROBLEM_JSON);
        asLiaisonOf("CC2").get("/api/v1/problems/" + problem + "/extension-requests").then().statusCode(404);
        asLiaisonOf("CC2").get("/api/v1/extension-requests?status=PENDING").then().statusCode(200)
                .body("id", not(hasItem((int) request)));
        as("inspector").get("/api/v1/extension-requests?status=PENDING").then().statusCode(200)
                .body("id", hasItem((int) request));
        as("steering").get("/api/v1/extension-requests/" + request).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    private long requestExtension(String unit, long problem, Long measure, String date) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("requestedDeadline", date, "reason", "客观原因：配套制度待出台"));
        if (measure != null) {
            body.put("measureId", measure);
        }
        return asLiaisonOf(unit).body(body).post("/api/v1/problems/" + problem + "/extension-requests").then()
                .statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/extension-requests/"))
                .extract().jsonPath().getLong("id");
    }
}
