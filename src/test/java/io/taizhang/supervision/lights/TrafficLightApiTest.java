package io.taizhang.supervision.lights;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.taizhang.supervision.SupervisionApiTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Traffic lights through the API, at chosen instants: the measure is created at T0 (16 June,
 * 09:00) with a deadline of 16 July, the problem's deadline is 15 August.
 */
@QuarkusTest
class TrafficLightApiTest extends SupervisionApiTest {

    /** 20 % of the 735 hours between T0 and the end of 16 July. */
    static final Instant LAG = T0.plus(Duration.ofHours(147));
    static final Instant WINDOW = startOf(LocalDate.of(2023, 7, 9));
    static final Instant OVERDUE = startOf(LocalDate.of(2023, 7, 17));

    @Test
    void aMeasureTurnsYellowTheMomentItsProgressLagsByTheMargin() {
        long[] pm = problemWithStartedMeasure("IPC");
        clock.set(justBefore(LAG));
        assertEquals("GREEN", measure(pm[1]).getString("light"));
        assertEquals("GREEN", problem(pm[0]).getString("light"));
        clock.set(LAG);
        assertEquals("YELLOW", measure(pm[1]).getString("light"));
        assertEquals(20, measure(pm[1]).getInt("expectedProgressPercent"));
        assertEquals("YELLOW", problem(pm[0]).getString("light"));
        // reporting progress makes up the lag: back to GREEN until the straight line catches up again
        reportProgress("IPC", pm[1], 30);
        assertEquals("GREEN", measure(pm[1]).getString("light"));
        assertEquals("GREEN", problem(pm[0]).getString("light"));
    }

    @Test
    void theDeadlineWindowAndTheDeadlineItselfAtTheirEdges() {
        long[] pm = problemWithStartedMeasure("CC1");
        reportProgress("CC1", pm[1], 90);
        clock.set(justBefore(WINDOW));
        assertEquals("GREEN", measure(pm[1]).getString("light"));
        clock.set(WINDOW);
        assertEquals("YELLOW", measure(pm[1]).getString("light"));
        clock.set(justBefore(OVERDUE));
        JsonPath lastDay = measure(pm[1]);
        assertEquals("YELLOW", lastDay.getString("light"));
        assertFalse(lastDay.getBoolean("overdue"));
        clock.set(OVERDUE);
        JsonPath overdue = measure(pm[1]);
        assertEquals("RED", overdue.getString("light"));
        assertTrue(overdue.getBoolean("overdue"));
        // the problem's own deadline is a month later, but its light is the worst of itself and its measures
        assertEquals("RED", problem(pm[0]).getString("light"));
        assertFalse(problem(pm[0]).getBoolean("overdue"));
    }

    @Test
    void theListFilterAndTheDetailNeverDisagree() {
        List<Long> ids = new ArrayList<>();
        for (String unit : List.of("IPC", "CC1", "CC2", "NJC")) {
            long[] pm = problemWithStartedMeasure(unit);
            ids.add(pm[0]);
        }
        reportProgress("CC1", measureOf(ids.get(1)), 45);
        reportProgress("CC2", measureOf(ids.get(2)), 95);
        long registeredOnly = scenario.fileProblem("OSC");
        ids.add(registeredOnly);
        ids.add(scenario.closedProblem("PCP"));
        for (Instant at : List.of(T0, justBefore(LAG), LAG, T0.plus(Duration.ofDays(12)), WINDOW, OVERDUE,
                startOf(LocalDate.of(2023, 8, 8)), startOf(LocalDate.of(2023, 8, 16)))) {
            clock.set(at);
            Map<Long, String> detail = new HashMap<>();
            ids.forEach(id -> detail.put(id, problem(id).getString("light")));
            for (String light : List.of("GREEN", "YELLOW", "RED")) {
                List<Long> expected = ids.stream().filter(id -> light.equals(detail.get(id))).sorted().toList();
                List<Long> filtered = listed("light=" + light).stream().sorted().toList();
                assertEquals(expected, filtered, "light=" + light + " at " + at);
                // and every row of a filtered list shows the light it was filtered by
                as("inspector").get("/api/v1/problems?limit=200&light=" + light).then()
                        .body("light", org.hamcrest.Matchers.everyItem(equalTo(light)));
            }
        }
    }

    @Test
    void doneMeasuresAndClosedProblemsHaveNoLight() {
        long closed = scenario.closedProblem("IPC");
        JsonPath p = problem(closed);
        assertEquals(null, p.getString("light"));
        assertEquals(null, p.getString("measures[0].light"));
        clock.set(startOf(LocalDate.of(2024, 1, 1)));
        assertFalse(listed("light=RED").contains(closed));
    }

    @Test
    void aRegisteredProblemWithoutMeasuresRunsOnItsOwnDeadline() {
        long problem = scenario.fileProblem("CIAJ");
        clock.set(justBefore(startOf(LocalDate.of(2023, 8, 8))));
        assertEquals("GREEN", problem(problem).getString("light"));
        clock.set(startOf(LocalDate.of(2023, 8, 8)));
        assertEquals("YELLOW", problem(problem).getString("light"));
        clock.set(startOf(LocalDate.of(2023, 8, 16)));
        assertEquals("RED", problem(problem).getString("light"));
    }

    @Test
    void aCachedCopyIsNeverConfirmedOnceTheLightHasChanged() {
        long[] pm = problemWithStartedMeasure("PCNM");
        String before = as("inspector").get("/api/v1/problems/" + pm[0]).then().statusCode(200).extract().header("ETag");
        as("inspector").header("If-None-Match", before).get("/api/v1/problems/" + pm[0]).then().statusCode(304);
        clock.set(LAG);
        String after = as("inspector").header("If-None-Match", before).get("/api/v1/problems/" + pm[0]).then()
                .statusCode(200).body("light", equalTo("YELLOW")).extract().header("ETag");
        assertNotEquals(before, after);
        String measureTag = as("inspector").get("/api/v1/measures/" + pm[1]).then().extract().header("ETag");
        clock.set(OVERDUE);
        as("inspector").header("If-None-Match", measureTag).get("/api/v1/measures/" + pm[1]).then().statusCode(200)
                .body("light", equalTo("RED"));
    }

    @Test
    void lightChangesAreWrittenToTheLedgerBySystemForTheClockAndByTheAuthorForAWrite() {
        long[] pm = problemWithStartedMeasure("ITSC");
        clock.set(LAG.plus(Duration.ofHours(1)));
        reportProgress("ITSC", pm[1], 30);
        JsonPath ledger = ledger(pm[0]);
        List<String> kinds = ledger.getList("kind");
        int progress = kinds.lastIndexOf("PROGRESS_REPORTED");
        // the clock turned measure and problem YELLOW before the report; the report turned them GREEN
        assertEquals(List.of("LIGHT_CHANGED", "LIGHT_CHANGED"), kinds.subList(progress - 2, progress));
        assertEquals("SYSTEM", ledger.getString("[" + (progress - 2) + "].actor.role"));
        assertEquals("YELLOW", ledger.getString("[" + (progress - 2) + "].changes.light.after"));
        assertEquals(LAG.toString(), Instant.parse(ledger.getString("[" + (progress - 2) + "].changes.since")).toString());
        assertEquals(List.of("LIGHT_CHANGED", "LIGHT_CHANGED"), kinds.subList(progress + 1, progress + 3));
        assertEquals("LIAISON", ledger.getString("[" + (progress + 1) + "].actor.role"));
        assertEquals("GREEN", ledger.getString("[" + (progress + 1) + "].changes.light.after"));
        as("inspector").get("/api/v1/problems/" + pm[0] + "/ledger/verification").then().body("intact", equalTo(true));
    }

    @Test
    void theEvaluationRecordsWhatTheClockChangedOnceOnly() {
        long[] pm = problemWithStartedMeasure("CC3");
        clock.set(OVERDUE);
        evaluate();
        List<String> afterFirst = ledgerKinds(pm[0]);
        assertEquals(List.of("LIGHT_CHANGED", "LIGHT_CHANGED"), afterFirst.subList(afterFirst.size() - 2, afterFirst.size()));
        evaluate();
        assertEquals(afterFirst, ledgerKinds(pm[0]));
        assertEquals(0, measure(pm[1]).getInt("yellowSpells"), "GREEN straight to RED is no yellow spell");
        as("inspector").get("/api/v1/measures/" + pm[1]).then().body("light", not(nullValue()));
    }

    private long measureOf(long problemId) {
        return problem(problemId).getLong("measures[0].id");
    }
}
