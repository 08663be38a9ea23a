package io.taizhang.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The business gauges on /q/metrics follow the data after a refresh, not per scrape. */
@QuarkusTest
class BusinessGaugesApiTest extends ApiTest {

    @Inject
    BusinessGauges gauges;

    @Test
    void openProblemsByUnitAndLightOverdueAndEscalationsAppearAfterARefresh() {
        clock.set(LocalDate.of(2023, 6, 1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        scenario.fileProblem("IPC");
        scenario.fileProblem("IPC");
        long late = scenario.fileProblem("CC1");
        as("inspector").body(Map.of("reason", "群众反映强烈", "superviseUntil", "2023-09-30"))
                .post("/api/v1/problems/" + late + "/escalations").then().statusCode(201);
        scenario.closedProblem("PCP");
        clock.set(LocalDate.of(2023, 8, 15).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        gauges.refresh();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // IPC's two problems are past their deadline (60 days after 1 June): RED and overdue
        assertMetric(metrics, "taizhang_problems_open{light=\"RED\",unit=\"IPC\"} 2.0");
        assertMetric(metrics, "taizhang_problems_overdue{unit=\"IPC\"} 2.0");
        assertMetric(metrics, "taizhang_problems_open{light=\"RED\",unit=\"CC1\"} 1.0");
        assertMetric(metrics, "taizhang_escalations{status=\"ACTIVE\"} 1.0");
        assertTrue(!metrics.contains("unit=\"PCP\"} 1.0"), "a closed problem is not open");
    }

    private static void assertMetric(String metrics, String line) {
        assertTrue(metrics.lines().anyMatch(l -> l.equals(line)), () -> "missing " + line + " in\n"
                + metrics.lines().filter(l -> l.startsWith("taizhang_")).reduce("", (a, b) -> a + b + "\n"));
    }
}
