package io.taizhang.supervision.duties;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.accounts.TokenCache;
import io.taizhang.supervision.SupervisionApiTest;
import io.taizhang.support.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whoever filed or rectified a problem never verifies it, decides its extensions or confirms its
 * look-back: each action is refused to the filing inspector, to a former rectifier who has since
 * joined the inspection group, and allowed to an uninvolved inspector.
 */
@QuarkusTest
class SeparationOfDutiesApiTest extends SupervisionApiTest {

    @Inject
    TokenCache tokens;

    @Test
    void theFilingInspectorNeverVerifiesOrClosesItsProblem() {
        long problem = filedByInspectorAndRectified();
        scenario.requestCloseOut("IPC", problem);
        as("inspector").get("/api/v1/problems/" + problem).then().body("allowedActions", not(hasItem("VERIFY")));
        verify("inspector", problem).statusCode(403).contentType(PROBLEM_JSON).body("rule", equalTo("SEPARATION_OF_DUTIES"));
        verify("inspector2", problem).statusCode(201);
    }

    @Test
    void theFilingInspectorNeverDecidesTheProblemsExtensions() {
        long problem = filedByInspectorAndRectified();
        long first = requestExtension(problem);
        decide("inspector", first, "approve").statusCode(403).body("rule", equalTo("SEPARATION_OF_DUTIES"));
        decide("inspector", first, "reject").statusCode(403).body("rule", equalTo("SEPARATION_OF_DUTIES"));
        decide("inspector2", first, "reject").statusCode(200);
        long second = requestExtension(problem);
        decide("inspector2", second, "approve").statusCode(200);
    }

    @Test
    void theFilingInspectorNeverConfirmsTheLookBack() {
        long problem = filedByInspectorAndRectified();
        scenario.requestCloseOut("IPC", problem);
        verify("inspector2", problem).statusCode(201);
        long lookBack = as("inspector2").get("/api/v1/problems/" + problem + "/look-backs").then().extract().jsonPath()
                .getLong("[0].id");
        clock.set(startOf(LocalDate.of(2023, 9, 14)));
        recordLookBack("inspector", lookBack).statusCode(403).body("rule", equalTo("SEPARATION_OF_DUTIES"));
        recordLookBack("inspector2", lookBack).statusCode(200);
    }

    @Test
    void aFormerRectifierMovedToTheInspectionGroupStillCannotJudgeItsOwnWork() throws SQLException {
        long problem = filedByInspectorAndRectified("inspector2", "CC1");
        long extension = asLiaisonOf("CC1").body(Map.of("requestedDeadline", "2023-09-30", "reason", "延期"))
                .post("/api/v1/problems/" + problem + "/extension-requests").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        scenario.requestCloseOut("CC1", problem);
        becomeInspector(world.liaisonOf("CC1").accountId());
        String former = world.liaisonOf("CC1").username();
        verify(former, problem).statusCode(403).body("rule", equalTo("SEPARATION_OF_DUTIES"));
        decide(former, extension, "reject").statusCode(403).body("rule", equalTo("SEPARATION_OF_DUTIES"));
        verify("inspector", problem).statusCode(201);
        long lookBack = as("inspector").get("/api/v1/problems/" + problem + "/look-backs").then().extract().jsonPath()
                .getLong("[0].id");
        clock.set(startOf(LocalDate.of(2023, 9, 14)));
        recordLookBack(former, lookBack).statusCode(403).body("rule", equalTo("SEPARATION_OF_DUTIES"));
    }

    private long filedByInspectorAndRectified() {
        return filedByInspectorAndRectified("inspector", "IPC");
    }

    /** Filed by {@code inspector} for the unit; the unit's liaison adds, starts, evidences and completes its measure. */
    private long filedByInspectorAndRectified(String inspector, String unit) {
        Map<String, Object> body = scenario.problemBody("督导发现：台账管理不规范");
        body.put("unitId", world.units.get(unit));
        long problem = as(inspector).body(body).post("/api/v1/problems").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long measure = scenario.addMeasure(unit, problem);
        scenario.startMeasure(unit, measure);
        scenario.addEvidence(unit, measure);
        scenario.completeMeasure(unit, measure);
        return problem;
    }

    private long requestExtension(long problem) {
        return asLiaisonOf("IPC").body(Map.of("requestedDeadline", "2023-09-30", "reason", "配套制度待出台"))
                .post("/api/v1/problems/" + problem + "/extension-requests").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private io.restassured.response.ValidatableResponse verify(String who, long problem) {
        return as(who).body(Map.of("answers", scenario.answers("YES")))
                .post("/api/v1/problems/" + problem + "/verifications").then();
    }

    private io.restassured.response.ValidatableResponse decide(String who, long extension, String decision) {
        return as(who).body(Map.of("note", "审核意见")).post("/api/v1/extension-requests/" + extension + "/" + decision)
                .then();
    }

    private io.restassured.response.ValidatableResponse recordLookBack(String who, long lookBack) {
        return as(who).body(Map.of("outcome", "CONSOLIDATED", "finding", "未见反弹"))
                .post("/api/v1/look-backs/" + lookBack + "/record").then();
    }

    /** The liaison is transferred to the inspection group (an admin's change, done in the database). */
    private void becomeInspector(long accountId) throws SQLException {
        try (Connection c = TestDatabase.superuser();
                PreparedStatement s = c.prepareStatement("UPDATE account SET role = 'INSPECTOR', unit_id = NULL WHERE id = ?")) {
            s.setLong(1, accountId);
            s.executeUpdate();
        }
        tokens.clear();
    }
}
