package io.taizhang.dashboard;

import io.restassured.path.json.JsonPath;
import io.taizhang.supervision.SupervisionApiTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the dashboard tests: a known data set of five problems in two units, built through the
 * API at chosen instants, and the aggregate rebuilt after the world's reset (the reset truncates
 * tables behind the service's back, which the ledger feed cannot announce).
 *
 * <pre>
 * IPC A  filed 06-16, CASE_FILING, closed 06-26 (10 days, on time)
 * IPC B  filed 06-16, one measure not started, escalated, one urge unanswered
 * CC1 C  filed 06-16 without a meeting, PETITIONS + ENFORCEMENT, FOLLOW_UP, deadline 06-20, untouched
 * CC1 D  filed 06-16, deadline 06-20, closed 07-16 (30 days, late)
 * CC1 E  filed 06-17, closed 06-26, reopened on look-back 07-16 (a relapse)
 * </pre>
 * At 2023-07-16 09:00 Beijing: A and D closed; B YELLOW (its measure is due today), C RED and
 * overdue, E GREEN.
 */
public abstract class DashboardApiTest extends SupervisionApiTest {

    public static final Instant DAY_30 = T0.plus(Duration.ofDays(30));

    @Inject
    DashboardAggregate aggregate;

    @Inject
    AsOfSummaries asOf;

    protected long a;
    protected long b;
    protected long c;
    protected long d;
    protected long e;

    @BeforeEach
    void freshAggregate() {
        aggregate.rebuild();
        asOf.clear();
    }

    protected void loadKnownDataSet() {
        Map<String, Object> body = scenario.problemBody("立案材料要求不统一");
        body.put("keyAreas", List.of("CASE_FILING"));
        a = rectified("IPC", body);
        b = scenario.fileProblem("IPC");
        scenario.addMeasure("IPC", b);
        as("inspector").body(Map.of("reason", "整改滞后，影响群众切身利益", "superviseUntil", "2023-08-31"))
                .post("/api/v1/problems/" + b + "/escalations").then().statusCode(201);
        as("inspector").body(Map.of("message", "请加快推进整改", "replyBy", "2023-06-20"))
                .post("/api/v1/problems/" + b + "/urges").then().statusCode(201);
        body = scenario.problemBody("信访件办理超期");
        body.remove("meetingId");
        body.put("keyAreas", List.of("PETITIONS", "ENFORCEMENT"));
        body.put("category", "FOLLOW_UP");
        body.put("workLine", "INSPECTION_RECTIFICATION");
        body.put("deadline", "2023-06-20");
        c = scenario.file("CC1", body).statusCode(201).extract().jsonPath().getLong("id");
        body = scenario.problemBody("台账管理不到位");
        body.put("deadline", "2023-06-20");
        d = scenario.file("CC1", body).statusCode(201).extract().jsonPath().getLong("id");
        long measure = shortMeasure("CC1", d);
        scenario.startMeasure("CC1", measure);
        clock.set(T0.plus(Duration.ofDays(1)));
        e = rectified("CC1", scenario.problemBody("调研成果转化不足"));
        clock.set(T0.plus(Duration.ofDays(10)));
        close("IPC", a);
        close("CC1", e);
        clock.set(DAY_30);
        scenario.addEvidence("CC1", measure);
        scenario.completeMeasure("CC1", measure);
        close("CC1", d);
        as("inspector").body(Map.of("reason", "回头看：问题反弹")).post("/api/v1/problems/" + e + "/reopen").then()
                .statusCode(200);
    }

    protected JsonPath summary(String who, String query) {
        return as(who).get("/api/v1/dashboard/summary" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The metrics of the group with this key. */
    protected static Map<String, Object> group(JsonPath summary, String key) {
        return summary.getMap("groups.find { it.key == '" + key + "' }.metrics");
    }

    private long rectified(String unit, Map<String, Object> body) {
        long problem = scenario.file(unit, body).statusCode(201).extract().jsonPath().getLong("id");
        long measure = scenario.addMeasure(unit, problem);
        scenario.startMeasure(unit, measure);
        scenario.addEvidence(unit, measure);
        scenario.completeMeasure(unit, measure);
        return problem;
    }

    private long shortMeasure(String unit, long problem) {
        Map<String, Object> body = scenario.measureBody("补建台账");
        body.put("deadline", LocalDate.of(2023, 6, 20).toString());
        return asLiaisonOf(unit).body(body).post("/api/v1/problems/" + problem + "/measures").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private void close(String unit, long problem) {
        scenario.requestCloseOut(unit, problem);
        as("inspector").body(Map.of("answers", scenario.answers("YES"))).post("/api/v1/problems/" + problem + "/verifications")
                .then().statusCode(201);
    }
}
