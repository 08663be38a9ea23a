package io.taizhang.supervision;

import io.restassured.path.json.JsonPath;
import io.taizhang.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the supervision tests: the clock pinned to the morning of the meeting (16 June 2023,
 * 09:00 in Beijing), and the steps the supervision workflow tests share.
 */
public abstract class SupervisionApiTest extends ApiTest {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2023-06-16T09:00+08:00, when the teleconference began. */
    public static final Instant T0 = LocalDateTime.of(2023, 6, 16, 9, 0).atZone(BEIJING).toInstant();

    @BeforeEach
    void pinTheClock() {
        clock.set(T0);
    }

    /** The first instant of a day in Beijing. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BEIJING).toInstant();
    }

    public static Instant justBefore(Instant t) {
        return t.minus(Duration.ofNanos(1000));
    }

    /** Runs the supervision evaluation now, as an inspector would from the API. */
    public JsonPath evaluate() {
        return as("inspector").post("/api/v1/supervision/evaluations").then().statusCode(200).extract().jsonPath();
    }

    public JsonPath problem(long id) {
        return as("inspector").get("/api/v1/problems/" + id).then().statusCode(200).extract().jsonPath();
    }

    public JsonPath measure(long id) {
        return as("inspector").get("/api/v1/measures/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The ids of the problems the list returns for these query parameters (as the inspector). */
    public List<Long> listed(String query) {
        return as("inspector").get("/api/v1/problems?limit=200&" + query).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    /** The kinds of a problem's ledger entries, in chain order. */
    public List<String> ledgerKinds(long problemId) {
        return ledger(problemId).getList("kind");
    }

    public JsonPath ledger(long problemId) {
        return as("inspector").get("/api/v1/problems/" + problemId + "/ledger?limit=200").then().statusCode(200)
                .extract().jsonPath();
    }

    public void reportProgress(String unit, long measureId, int percent) {
        asLiaisonOf(unit).body(Map.of("percent", percent, "note", "进展 " + percent + "%"))
                .post("/api/v1/measures/" + measureId + "/progress-reports").then().statusCode(200);
    }

    /** A problem of {@code unit} with one started measure (deadline today + 30), problem deadline today + 60. */
    public long[] problemWithStartedMeasure(String unit) {
        long problem = scenario.fileProblem(unit);
        long measure = scenario.addMeasure(unit, problem);
        scenario.startMeasure(unit, measure);
        return new long[] {problem, measure};
    }
}
