package io.taizhang.supervision.themes;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.taizhang.supervision.SupervisionApiTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cross-unit themes (共性问题): problems of several units, each with its own work, reported side by side. */
@QuarkusTest
class ThemeApiTest extends SupervisionApiTest {

    @Test
    void aThemeReportsProgressAcrossTheUnitsItLinks() {
        long ipc = scenario.closedProblem("IPC");
        long[] cc1 = problemWithStartedMeasure("CC1");
        long cc2 = scenario.fileProblem("CC2");
        long theme = create(List.of(ipc, cc1[0], cc2));
        clock.set(T0.plus(Duration.ofHours(147)));
        JsonPath view = as("steering").get("/api/v1/themes/" + theme).then().statusCode(200).extract().jsonPath();
        assertEquals(3, view.getInt("totals.units"));
        assertEquals(3, view.getInt("totals.problems"));
        assertEquals(1, view.getInt("totals.closed"));
        assertEquals(2, view.getInt("totals.measures"));
        assertEquals(1, view.getInt("totals.measuresDone"));
        assertEquals(1, view.getInt("totals.green"));
        assertEquals(1, view.getInt("totals.yellow"));
        assertEquals(List.of("CC1", "CC2", "IPC"), view.getList("units.unitCode"));
        assertEquals("YELLOW", view.getString("units[0].worstLight"));
        assertEquals(null, view.getString("units[2].worstLight"));
        for (long problem : List.of(ipc, cc1[0], cc2)) {
            List<String> kinds = ledgerKinds(problem);
            assertEquals("THEME_LINKED", kinds.get(kinds.size() - 1));
        }
    }

    @Test
    void aLiaisonSeesOnlyItsOwnUnitsPartOfATheme() {
        long ipc = scenario.fileProblem("IPC");
        long cc1 = scenario.fileProblem("CC1");
        long theme = create(List.of(ipc, cc1));
        asLiaisonOf("IPC").get("/api/v1/themes/" + theme).then().statusCode(200)
                .body("problems.problemId", contains((int) ipc)).body("totals.units", equalTo(1));
        asLiaisonOf("NJC").get("/api/v1/themes/" + theme).then().statusCode(404).contentType(PROBLEM_JSON);
        asLiaisonOf("NJC").get("/api/v1/themes").then().statusCode(200).body("id", empty());
        asLiaisonOf("IPC").get("/api/v1/themes").then().body("id", contains((int) theme)).body("problems", contains(1));
        asLiaisonOf("IPC").body(Map.of("title", "自建", "description", "d", "problemIds", List.of(ipc)))
                .post("/api/v1/themes").then().statusCode(403);
    }

    @Test
    void linksAndUnlinksAreLedgerEntriesOnTheLinkedProblem() {
        long ipc = scenario.fileProblem("IPC");
        long cc1 = scenario.fileProblem("CC1");
        long pcp = scenario.fileProblem("PCP");
        long theme = create(List.of(ipc, cc1));
        as("inspector").body(Map.of("problemId", pcp)).post("/api/v1/themes/" + theme + "/problems").then()
                .statusCode(200).body("totals.units", equalTo(3));
        as("inspector").body(Map.of("problemId", pcp)).post("/api/v1/themes/" + theme + "/problems").then()
                .statusCode(409).contentType(PROBLEM_JSON);
        as("inspector").delete("/api/v1/themes/" + theme + "/problems/" + cc1).then().statusCode(200)
                .body("totals.units", equalTo(2));
        as("inspector").delete("/api/v1/themes/" + theme + "/problems/" + cc1).then().statusCode(409)
                .contentType(PROBLEM_JSON);
        assertEquals(List.of("PROBLEM_FILED", "THEME_LINKED", "THEME_UNLINKED"), ledgerKinds(cc1));
        as("inspector").body(Map.of("problemId", 999_999)).post("/api/v1/themes/" + theme + "/problems").then()
                .statusCode(404);
    }

    private long create(List<Long> problems) {
        return as("inspector").body(Map.of("title", "理论学习“一刀切”", "description", "多个单位存在同类问题",
                "problemIds", problems)).post("/api/v1/themes").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/themes/"))
                .extract().jsonPath().getLong("id");
    }
}
