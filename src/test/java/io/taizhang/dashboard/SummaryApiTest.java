package io.taizhang.dashboard;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/v1/dashboard/summary against the known data set of {@link DashboardApiTest}. */
@QuarkusTest
class SummaryApiTest extends DashboardApiTest {

    @Test
    void theTotalCountsAndRatesOfTheKnownDataSet() {
        loadKnownDataSet();
        JsonPath s = summary("dashboard", "");
        assertNull(s.getString("groupBy"));
        assertEquals(List.of(), s.getList("groups"));
        Map<String, Object> t = s.getMap("total");
        assertEquals(5, t.get("filed"));
        assertEquals(3, t.get("open"));
        assertEquals(2, t.get("closed"));
        assertEquals(1, t.get("closedOnTime"));
        assertEquals(1, t.get("overdue"));
        assertEquals(1, t.get("green"));
        assertEquals(1, t.get("yellow"));
        assertEquals(1, t.get("red"));
        assertEquals(1, t.get("escalated"));
        assertEquals(1, t.get("unansweredUrges"));
        assertEquals(1, t.get("relapses"));
        assertEquals(4, t.get("measures"));
        assertEquals(3, t.get("measuresDone"));
        assertEquals(0.4f, t.get("completionRate"));
        assertEquals(0.5f, t.get("onTimeRate"));
        assertEquals(0.3333f, t.get("overdueRate"));
        assertEquals(0.75f, t.get("measuresDoneRate"));
        assertEquals(20.0f, t.get("meanDaysToClose"));
        assertEquals(20.0f, t.get("medianDaysToClose"));
    }

    @Test
    void byUnitEveryVisibleUnitHasARowAndTheRowsAddUp() {
        loadKnownDataSet();
        JsonPath s = summary("steering", "groupBy=UNIT");
        assertEquals(13, s.getList("groups").size());
        Map<String, Object> ipc = group(s, world.units.get("IPC").toString());
        assertEquals(2, ipc.get("filed"));
        assertEquals(1, ipc.get("closed"));
        assertEquals(1.0f, ipc.get("onTimeRate"));
        assertEquals(10.0f, ipc.get("medianDaysToClose"));
        Map<String, Object> cc1 = group(s, world.units.get("CC1").toString());
        assertEquals(3, cc1.get("filed"));
        assertEquals(0.0f, cc1.get("onTimeRate"));
        assertEquals(0.5f, cc1.get("overdueRate"));
        assertEquals(30.0f, cc1.get("meanDaysToClose"));
        Map<String, Object> osc = group(s, world.units.get("OSC").toString());
        assertEquals(0, osc.get("filed"));
        assertNull(osc.get("completionRate"));
        assertEquals("CC1", s.getString("groups.find { it.unitId == " + world.units.get("CC1") + " }.unitCode"));
    }

    @Test
    void byKeyAreaLightStatusAndEscalation() {
        loadKnownDataSet();
        JsonPath areas = summary("inspector", "groupBy=KEY_AREA");
        assertEquals(List.of("CASE_FILING", "PETITIONS", "ENFORCEMENT", "NONE"), areas.getList("groups.key"));
        assertEquals(List.of(1, 1, 1, 3), areas.getList("groups.metrics.filed"));
        JsonPath lights = summary("inspector", "groupBy=LIGHT");
        assertEquals(List.of("GREEN", "YELLOW", "RED", "NONE"), lights.getList("groups.key"));
        assertEquals(List.of(1, 1, 1, 2), lights.getList("groups.metrics.filed"));
        assertEquals(1, group(lights, "RED").get("overdue"));
        assertEquals(1, group(lights, "YELLOW").get("escalated"));
        JsonPath statuses = summary("inspector", "groupBy=STATUS");
        assertEquals(2, group(statuses, "REGISTERED").get("filed"));
        assertEquals(1, group(statuses, "IN_RECTIFICATION").get("relapses"));
        assertEquals(2, group(statuses, "CLOSED").get("filed"));
        assertEquals(0, group(statuses, "RETURNED_FOR_REVISION").get("filed"));
        JsonPath escalated = summary("inspector", "groupBy=ESCALATED");
        assertEquals(1, group(escalated, "true").get("filed"));
        assertEquals(1, group(escalated, "true").get("unansweredUrges"));
        assertEquals(4, group(escalated, "false").get("filed"));
        JsonPath categories = summary("inspector", "groupBy=CATEGORY");
        assertEquals(1, group(categories, "FOLLOW_UP").get("filed"));
        assertEquals(4, group(categories, "THEORY_PRACTICE").get("filed"));
        JsonPath lines = summary("inspector", "groupBy=WORK_LINE");
        assertEquals(1, group(lines, "INSPECTION_RECTIFICATION").get("filed"));
    }

    @Test
    void lightsAndOverdueFollowTheClockWithoutAnyWrite() {
        loadKnownDataSet();
        summary("dashboard", "");
        clock.set(DAY_30.plus(Duration.ofDays(1)));
        JsonPath s = summary("dashboard", "");
        // B's measure was due on 07-16: RED from 07-17, while B's own deadline (08-15) is not past
        assertEquals(2, s.getInt("total.red"));
        assertEquals(0, s.getInt("total.yellow"));
        assertEquals(1, s.getInt("total.overdue"));
        // B is due 08-15 and E (filed a day later) 08-16: on 08-17 all three open problems are overdue
        clock.set(T0.plus(Duration.ofDays(61)));
        assertEquals(2, summary("dashboard", "").getInt("total.overdue"));
        clock.set(T0.plus(Duration.ofDays(62)));
        assertEquals(3, summary("dashboard", "").getInt("total.overdue"));
    }

    @Test
    void filtersByMeetingUnitCampaignAndFilingDays() {
        loadKnownDataSet();
        assertEquals(4, summary("dashboard", "meetingId=" + world.meetingId).getInt("total.filed"));
        assertEquals(3, summary("dashboard", "unitId=" + world.units.get("CC1")).getInt("total.filed"));
        JsonPath cc1Lights = summary("dashboard", "groupBy=LIGHT&unitId=" + world.units.get("CC1"));
        assertEquals(List.of(1, 0, 1, 1), cc1Lights.getList("groups.metrics.filed"));
        assertEquals(5, summary("dashboard", "campaignId=" + world.campaignId).getInt("total.filed"));
        assertEquals(0, summary("dashboard", "campaignId=" + (world.campaignId + 999)).getInt("total.filed"));
        JsonPath later = summary("dashboard", "filedFrom=2023-06-17");
        assertEquals(1, later.getInt("total.filed"));
        assertEquals(1, later.getInt("total.relapses"));
        assertEquals(4, summary("dashboard", "filedTo=2023-06-16").getInt("total.filed"));
        assertEquals(5, summary("dashboard", "filedFrom=2023-06-12&filedTo=2023-06-18").getInt("total.filed"));
        as("dashboard").get("/api/v1/dashboard/summary?filedFrom=2023-06-18&filedTo=2023-06-17").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("violations.field", hasItem("filedTo"));
        as("dashboard").get("/api/v1/dashboard/summary?groupBy=SEVERITY").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("violations.field", hasItem("groupBy"));
    }

    @Test
    void aLiaisonSeesOnlyItsOwnUnit() {
        loadKnownDataSet();
        JsonPath own = summary("liaison-ipc", "groupBy=UNIT");
        assertEquals(2, own.getInt("total.filed"));
        assertEquals(List.of("IPC"), own.getList("groups.unitCode"));
        assertEquals(world.units.get("IPC").intValue(), own.getInt("filters.unitId"));
        JsonPath other = summary("liaison-ipc", "groupBy=UNIT&unitId=" + world.units.get("CC1"));
        assertEquals(0, other.getInt("total.filed"));
        assertEquals(List.of(), other.getList("groups"));
        assertEquals(2, summary("liaison-ipc", "groupBy=LIGHT").getInt("total.filed"));
        as("admin").get("/api/v1/dashboard/summary").then().statusCode(403).contentType(PROBLEM_JSON);
        anonymous().get("/api/v1/dashboard/summary").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void aWriteShowsUpInTheNextSummary() {
        loadKnownDataSet();
        summary("dashboard", "");
        long f = scenario.fileProblem("NJC");
        as("dashboard").get("/api/v1/dashboard/summary?groupBy=UNIT&unitId=" + world.units.get("NJC")).then().statusCode(200)
                .body("total.filed", equalTo(1)).body("groups.unitCode", contains("NJC"));
        as("inspector").body(Map.of("reason", "整改滞后", "superviseUntil", "2023-08-31"))
                .post("/api/v1/problems/" + f + "/escalations").then().statusCode(201);
        assertEquals(2, summary("dashboard", "").getInt("total.escalated"));
    }
}
