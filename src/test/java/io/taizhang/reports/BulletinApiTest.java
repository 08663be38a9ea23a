package io.taizhang.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.taizhang.support.ApiTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulletins derived from the ledger, at TestClock instants: what each unit did in the period. */
@QuarkusTest
class BulletinApiTest extends ApiTest {

    static final String BULLETINS = "/api/v1/bulletins";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    long early;
    long red;
    long fresh;
    long closed;

    /**
     * OSC files a problem on 20 May whose measure is due 19 June; IPC files one on 20 June. In the
     * week 26 June – 2 July: IPC files a second one and moves the first (measure, start, evidence),
     * an inspector escalates the first, PCP's problem is filed and closed out, and the evaluation
     * records OSC's measure going RED.
     */
    @BeforeEach
    void aWeekOfWork() {
        clock.set(at(LocalDate.of(2023, 5, 20)));
        red = scenario.fileProblem("OSC");
        scenario.startMeasure("OSC", scenario.addMeasure("OSC", red));
        clock.set(at(LocalDate.of(2023, 6, 20)));
        early = scenario.fileProblem("IPC");
        clock.set(at(LocalDate.of(2023, 6, 28)));
        fresh = scenario.file("IPC", scenario.problemBody("<script>alert('通报')</script>")).statusCode(201)
                .extract().jsonPath().getLong("id");
        long measure = scenario.addMeasure("IPC", early);
        scenario.startMeasure("IPC", measure);
        scenario.addEvidence("IPC", measure);
        clock.set(at(LocalDate.of(2023, 6, 29)));
        closed = scenario.closedProblem("PCP");
        clock.set(at(LocalDate.of(2023, 6, 30)));
        as("inspector").body(Map.of("reason", "群众反映强烈", "superviseUntil", "2023-07-31"))
                .post("/api/v1/problems/" + early + "/escalations").then().statusCode(201);
        as("inspector").post("/api/v1/supervision/evaluations").then().statusCode(200);
        clock.set(at(LocalDate.of(2023, 7, 2)));
    }

    @Test
    void theDefaultPeriodIsTheLastSevenDaysAndEachUnitHasItsLists() {
        JsonPath b = as("steering").get(BULLETINS).then().statusCode(200).contentType(containsString("application/json"))
                .extract().jsonPath();
        assertEquals("2023-06-26", b.getString("from"));
        assertEquals("2023-07-02", b.getString("to"));
        assertEquals(13, b.getList("units").size(), "every unit, with or without news");
        JsonPath ipc = unit(b, "IPC");
        assertEquals(List.of(fresh), ids(ipc, "newlyFiled"));
        assertEquals(List.of(early), ids(ipc, "progressed"));
        assertEquals(Map.of("MEASURE_ADDED", 1, "MEASURE_STARTED", 1, "EVIDENCE_ADDED", 1), ipc.getMap("progressed[0].entries"));
        assertEquals(List.of(early), ids(ipc, "escalated"));
        assertEquals(List.of(), ids(ipc, "closedOut"));
        JsonPath pcp = unit(b, "PCP");
        assertEquals(List.of(closed), ids(pcp, "newlyFiled"));
        assertEquals(List.of(closed), ids(pcp, "closedOut"));
        JsonPath osc = unit(b, "OSC");
        assertEquals(List.of(red), ids(osc, "wentRed"));
        assertEquals(List.of(), ids(osc, "newlyFiled"), "filed before the period");
        assertEquals(2, b.getInt("totals.newlyFiled"));
        assertEquals(1, b.getInt("totals.closedOut"));
        assertEquals(1, b.getInt("totals.wentRed"));
        assertEquals(1, b.getInt("totals.escalated"));
        assertEquals(1, ipc.getInt("totals.escalated"));
    }

    @Test
    void anExplicitPeriodCountsOnlyItsOwnDays() {
        JsonPath b = as("inspector").get(BULLETINS + "?from=2023-06-20&to=2023-06-20").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(early), ids(unit(b, "IPC"), "newlyFiled"));
        assertEquals(1, b.getInt("totals.newlyFiled"));
        assertEquals(0, b.getInt("totals.progressed"));
    }

    @Test
    void aLiaisonReadsOnlyItsOwnUnit() {
        JsonPath own = asLiaisonOf("IPC").get(BULLETINS).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("IPC"), own.getList("units.unitCode"));
        assertEquals(1, own.getInt("totals.newlyFiled"));
        JsonPath foreign = asLiaisonOf("CC1").get(BULLETINS + "?unitId=" + world.units.get("IPC")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), foreign.getList("units"));
        assertEquals(0, foreign.getInt("totals.newlyFiled"));
    }

    @Test
    void thePrintablePageEscapesWhatUnitsTyped() {
        String html = as("dashboard").accept("text/html").get(BULLETINS + "?format=html&unitId=" + world.units.get("IPC"))
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("整改工作通报"));
        assertTrue(html.contains("2023-06-26 至 2023-07-02（2023-07-02 10:00 生成）"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;通报&#39;)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script"), "no markup from the data");
        assertTrue(html.contains("新增问题（1）"));
        assertTrue(html.contains("新增整改措施 1，措施启动 1，添加佐证材料 1"), html);
    }

    @Test
    void badPeriodsAndFormatsAre400() {
        as("inspector").get(BULLETINS + "?from=2023-07-02&to=2023-07-01").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("from"));
        as("inspector").get(BULLETINS + "?from=2021-01-01&to=2023-07-01").then().statusCode(400).contentType(PROBLEM_JSON);
        as("inspector").get(BULLETINS + "?to=2023-13-01").then().statusCode(400).body("violations[0].field", equalTo("to"));
        as("inspector").get(BULLETINS + "?format=pdf").then().statusCode(400).body("violations[0].field", equalTo("format"));
        as("admin").get(BULLETINS).then().statusCode(403).contentType(PROBLEM_JSON);
    }

    private static JsonPath unit(JsonPath b, String code) {
        List<Map<String, Object>> units = b.getList("units");
        int i = units.stream().map(u -> u.get("unitCode")).toList().indexOf(code);
        assertTrue(i >= 0, code + " is in the bulletin");
        return new JsonPath(b.prettify()).setRootPath("units[" + i + "]");
    }

    private static List<Long> ids(JsonPath unit, String list) {
        return unit.getList(list + ".problemId", Long.class);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(BEIJING).toInstant();
    }
}
