package io.taizhang.supervision.urges;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.taizhang.supervision.SupervisionApiTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Urging (督促/催办): the inspector urges with a reply-by date, the unit's liaison answers once. */
@QuarkusTest
class UrgeApiTest extends SupervisionApiTest {

    @Test
    void anInspectorUrgesOnAMeasureAndTheUnitsLiaisonAnswersOnce() {
        long[] pm = problemWithStartedMeasure("IPC");
        long urge = urge(pm[0], pm[1], "2023-06-20");
        asLiaisonOf("IPC").get("/api/v1/urges/" + urge).then().statusCode(200)
                .body("state", equalTo("OPEN")).body("measureId", equalTo((int) pm[1]));
        clock.advance(Duration.ofHours(5));
        asLiaisonOf("IPC").body(Map.of("reply", "已召开专题会议部署")).post("/api/v1/urges/" + urge + "/reply").then()
                .statusCode(200).body("state", equalTo("ANSWERED")).body("replyHours", equalTo(5.0f));
        asLiaisonOf("IPC").body(Map.of("reply", "再答一次")).post("/api/v1/urges/" + urge + "/reply").then()
                .statusCode(409).contentType(PROBLEM_JSON);
        List<String> kinds = ledgerKinds(pm[0]);
        assertEquals(List.of("URGE_SENT", "URGE_REPLIED"), kinds.subList(kinds.size() - 2, kinds.size()));
        JsonPath ledger = ledger(pm[0]);
        assertEquals("已召开专题会议部署", ledger.getString("[" + (kinds.size() - 1) + "].reason"));
    }

    @Test
    void onlyAnInspectorUrgesAndOnlyTheUnitsLiaisonAnswers() {
        long problem = scenario.fileProblem("CC1");
        asLiaisonOf("CC1").body(urgeBody(null, "2023-06-20")).post("/api/v1/problems/" + problem + "/urges").then()
                .statusCode(403);
        long urge = urge(problem, null, "2023-06-20");
        as("inspector2").body(Map.of("reply", "代答")).post("/api/v1/urges/" + urge + "/reply").then().statusCode(403);
        asLiaisonOf("CC2").body(Map.of("reply", "他单位")).post("/api/v1/urges/" + urge + "/reply").then().statusCode(404);
        asLiaisonOf("CC2").get("/api/v1/urges/" + urge).then().statusCode(404).contentType(PROBLEM_JSON);
        asLiaisonOf("CC2").get("/api/v1/urges").then().statusCode(200).body("id", empty());
    }

    @Test
    void openAndOverdueUrgesAndReplyTimesArePerUnit() {
        long ipc = scenario.fileProblem("IPC");
        long cc1 = scenario.fileProblem("CC1");
        long fast = urge(ipc, null, "2023-06-17");
        long late = urge(ipc, null, "2023-06-17");
        long ignored = urge(ipc, null, "2023-06-18");
        long other = urge(cc1, null, "2023-06-30");
        clock.advance(Duration.ofHours(2));
        reply("IPC", fast);
        clock.set(startOf(java.time.LocalDate.of(2023, 6, 19)).plus(Duration.ofHours(1)));
        reply("IPC", late);
        as("inspector").get("/api/v1/urges?unitId=" + world.units.get("IPC") + "&state=OVERDUE").then().statusCode(200)
                .body("id", contains((int) ignored));
        as("inspector").get("/api/v1/urges?state=OPEN").then().body("id", contains((int) other));
        as("inspector").get("/api/v1/urges?state=ANSWERED_LATE").then().body("id", contains((int) late));
        as("inspector").get("/api/v1/urges?state=ANSWERED").then().body("id", contains((int) fast));
        JsonPath stats = as("steering").get("/api/v1/urges/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CC1", "IPC"), stats.getList("unitCode"));
        Map<String, Object> ipcStats = stats.getMap("[1]");
        assertEquals(3, ipcStats.get("sent"));
        assertEquals(1, ipcStats.get("open"));
        assertEquals(1, ipcStats.get("overdue"));
        assertEquals(2, ipcStats.get("answered"));
        assertEquals(1, ipcStats.get("answeredLate"));
        // 2 h and 64 h: average 33 h, median 33 h, longest 64 h
        assertEquals(33.0f, ipcStats.get("averageReplyHours"));
        assertEquals(33.0f, ipcStats.get("medianReplyHours"));
        assertEquals(64.0f, ipcStats.get("longestReplyHours"));
        asLiaisonOf("CC1").get("/api/v1/urges/statistics").then().body("unitCode", contains("CC1"));
        asLiaisonOf("CC1").get("/api/v1/urges/statistics?unitId=" + world.units.get("IPC")).then().body("", empty());
        as("inspector").get("/api/v1/problems/" + ipc + "/urges").then().body("id", contains((int) fast, (int) late,
                (int) ignored));
    }

    @Test
    void aClosedProblemIsNotUrgedAndReplyByIsNotInThePast() {
        long closed = scenario.closedProblem("NJC");
        as("inspector").body(urgeBody(null, "2023-06-20")).post("/api/v1/problems/" + closed + "/urges").then()
                .statusCode(409).contentType(PROBLEM_JSON);
        long open = scenario.fileProblem("NJC");
        as("inspector").body(urgeBody(null, "2023-06-15")).post("/api/v1/problems/" + open + "/urges").then()
                .statusCode(400).body("violations.field", hasItem("replyBy"));
        as("inspector").get("/api/v1/problems/" + open).then().body("allowedActions", hasItem("URGE"));
        asLiaisonOf("NJC").get("/api/v1/problems/" + open).then().body("allowedActions", not(hasItem("URGE")));
    }

    private long urge(long problem, Long measure, String replyBy) {
        return as("inspector").body(urgeBody(measure, replyBy)).post("/api/v1/problems/" + problem + "/urges").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private void reply(String unit, long urge) {
        asLiaisonOf(unit).body(Map.of("reply", "已落实")).post("/api/v1/urges/" + urge + "/reply").then().statusCode(200);
    }

    private static Map<String, Object> urgeBody(Long measure, String replyBy) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("message", "请加快推进整改，按时报告进展", "replyBy", replyBy));
        if (measure != null) {
            body.put("measureId", measure);
        }
        return body;
    }
}
