package io.taizhang.dashboard;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** As-of summaries and weekly trends, replayed from the ledger of the known data set ({@link DashboardApiTest}). */
@QuarkusTest
class AsOfAndTrendsApiTest extends DashboardApiTest {

    private JsonPath asOf(String who, String query) {
        return as(who).get("/api/v1/dashboard/as-of?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theEndOfTheMeetingDay() {
        loadKnownDataSet();
        JsonPath s = asOf("steering", "date=2023-06-16");
        assertEquals("2023-06-16", s.getString("asOf"));
        assertEquals("2023-06-16T15:59:59.999999Z", s.getString("at"));
        Map<String, Object> t = s.getMap("total");
        assertEquals(4, t.get("filed"));
        assertEquals(0, t.get("closed"));
        assertEquals(0, t.get("overdue"));
        assertEquals(2, t.get("green"));
        assertEquals(2, t.get("yellow"));
        assertEquals(0, t.get("red"));
        assertEquals(1, t.get("escalated"));
        assertEquals(1, t.get("unansweredUrges"));
        assertEquals(3, t.get("measures"));
        assertEquals(1, t.get("measuresDone"));
    }

    @Test
    void aDayAfterTwoDeadlinesAndADayOfTwoCloseOuts() {
        loadKnownDataSet();
        Map<String, Object> t = asOf("dashboard", "date=2023-06-21").getMap("total");
        assertEquals(5, t.get("filed"));
        assertEquals(2, t.get("overdue"));
        assertEquals(2, t.get("red"));
        assertEquals(3, t.get("green"));
        JsonPath s = asOf("dashboard", "date=2023-06-26");
        t = s.getMap("total");
        assertEquals(2, t.get("closed"));
        assertEquals(1.0f, t.get("onTimeRate"));
        assertEquals(0.4f, t.get("completionRate"));
        assertEquals(9.5f, t.get("meanDaysToClose"));
        assertEquals(9.5f, t.get("medianDaysToClose"));
        assertEquals(1, t.get("yellow"));
        assertEquals(2, t.get("red"));
        assertEquals(0, t.get("relapses"));
        assertEquals(1, asOf("dashboard", "date=2023-06-26&unitId=" + world.units.get("IPC")).getInt("total.closed"));
    }

    @Test
    void asOfYesterdayEqualsTheLiveSummaryAtYesterdaysLastInstant() {
        loadKnownDataSet();
        for (String dimension : List.of("UNIT", "CATEGORY", "WORK_LINE", "KEY_AREA", "STATUS", "LIGHT", "ESCALATED")) {
            clock.set(startOf(LocalDate.of(2023, 7, 17)).minusNanos(1_000));
            JsonPath live = summary("inspector", "groupBy=" + dimension);
            clock.set(startOf(LocalDate.of(2023, 7, 17)).plus(Duration.ofHours(10)));
            JsonPath replayed = asOf("inspector", "date=2023-07-16&groupBy=" + dimension);
            assertEquals(live.getMap("total"), replayed.getMap("total"), dimension);
            assertEquals(live.getList("groups"), replayed.getList("groups"), dimension);
        }
    }

    @Test
    void aLiaisonsAsOfIsItsOwnUnitsAndBadDatesAreRefused() {
        loadKnownDataSet();
        assertEquals(2, asOf("liaison-ipc", "date=2023-06-16").getInt("total.filed"));
        assertEquals(0, asOf("liaison-ipc", "date=2023-06-16&unitId=" + world.units.get("CC1")).getInt("total.filed"));
        as("dashboard").get("/api/v1/dashboard/as-of").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("date"));
        as("dashboard").get("/api/v1/dashboard/as-of?date=2023-07-16").then().statusCode(400)
                .body("violations.field", hasItem("date"));
        as("dashboard").get("/api/v1/dashboard/as-of?date=16.06.2023").then().statusCode(400)
                .body("violations.field", hasItem("date"));
    }

    @Test
    void weeklyTrendsOfTheKnownDataSet() {
        loadKnownDataSet();
        clock.set(DAY_30.plus(Duration.ofDays(1)));
        JsonPath t = as("steering").get("/api/v1/dashboard/trends?from=2023-06-16&to=2023-07-16").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("2023-06-12", t.getString("from"));
        assertEquals("2023-07-16", t.getString("to"));
        assertEquals(List.of("2023-06-12", "2023-06-19", "2023-06-26", "2023-07-03", "2023-07-10"),
                t.getList("weeks.weekStart"));
        assertEquals(List.of(5, 0, 0, 0, 0), t.getList("weeks.filed"));
        assertEquals(List.of(0, 0, 2, 0, 1), t.getList("weeks.closed"));
        assertEquals(List.of(0, 2, 2, 2, 1), t.getList("weeks.overdue"));
        assertEquals(List.of(1, 1, 1, 1, 1), t.getList("weeks.escalated"));
        JsonPath ipc = as("liaison-ipc").get("/api/v1/dashboard/trends?from=2023-06-16&to=2023-07-16").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 0, 0, 0, 0), ipc.getList("weeks.filed"));
        assertEquals(List.of(0, 0, 0, 0, 0), ipc.getList("weeks.overdue"));
        JsonPath noMeeting = as("steering").get("/api/v1/dashboard/trends?from=2023-06-16&to=2023-07-16&meetingId="
                + world.meetingId).then().statusCode(200).extract().jsonPath();
        // C, the only problem without the meeting, is the one overdue in the last week
        assertEquals(List.of(0, 1, 1, 1, 0), noMeeting.getList("weeks.overdue"));
    }

    @Test
    void theCurrentWeekEndsNowAndTheDefaultIsTwelveWeeks() {
        loadKnownDataSet();
        JsonPath t = as("dashboard").get("/api/v1/dashboard/trends").then().statusCode(200).extract().jsonPath();
        assertEquals(12, t.getList("weeks").size());
        assertEquals("2023-07-10", t.getString("weeks[11].weekStart"));
        assertEquals(1, t.getInt("weeks[11].overdue"));
        as("dashboard").get("/api/v1/dashboard/trends?to=2023-07-17").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("to"));
        as("dashboard").get("/api/v1/dashboard/trends?from=2023-07-10&to=2023-07-01").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        as("dashboard").get("/api/v1/dashboard/trends?from=2020-01-01").then().statusCode(400)
                .body("violations.field", hasItem("from"));
    }
}
