package io.taizhang.problems;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every transition the lifecycle forbids answers 409, every role it does not allow 403, and nothing changes. */
@QuarkusTest
class ForbiddenTransitionsApiTest extends ApiTest {

    static final String INVALID = "urn:taizhang:error:invalid-transition";

    @Test
    void closeOutRequestListsWhatIsMissing() {
        long problem = scenario.fileProblem("IPC");
        long planned = scenario.addMeasure("IPC", problem);
        long started = scenario.addMeasure("IPC", problem);
        scenario.startMeasure("IPC", started);
        asLiaisonOf("IPC").post("/api/v1/problems/" + problem + "/close-out-request").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("type", equalTo("urn:taizhang:error:close-out-incomplete"))
                .body("missing", hasSize(2))
                .body("missing.measureId", hasItem((int) planned))
                .body("missing.missing", hasItem("NOT_DONE"));
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then().body("status", equalTo("IN_RECTIFICATION"));
    }

    @Test
    void problemWithoutMeasuresCannotBePutUpForCloseOut() {
        long problem = scenario.fileProblem("IPC");
        asLiaisonOf("IPC").post("/api/v1/problems/" + problem + "/close-out-request").then().statusCode(409)
                .body("type", equalTo(INVALID));
    }

    @Test
    void measureIsDoneOnlyWithEvidence() {
        long problem = scenario.fileProblem("IPC");
        long measure = scenario.addMeasure("IPC", problem);
        scenario.startMeasure("IPC", measure);
        asLiaisonOf("IPC").post("/api/v1/measures/" + measure + "/complete").then().statusCode(409)
                .body("type", equalTo(INVALID)).body("missing", equalTo("EVIDENCE"));
        asLiaisonOf("IPC").get("/api/v1/measures/" + measure).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void measuresMoveOnlyForward() {
        long problem = scenario.fileProblem("IPC");
        long measure = scenario.addMeasure("IPC", problem);
        asLiaisonOf("IPC").body(Map.of("percent", 10, "note", "x")).post("/api/v1/measures/" + measure + "/progress-reports")
                .then().statusCode(409);
        asLiaisonOf("IPC").post("/api/v1/measures/" + measure + "/complete").then().statusCode(409);
        asLiaisonOf("IPC").body(Map.of("reason", "x")).post("/api/v1/measures/" + measure + "/reopen").then().statusCode(409);
        scenario.startMeasure("IPC", measure);
        asLiaisonOf("IPC").post("/api/v1/measures/" + measure + "/start").then().statusCode(409);
    }

    @Test
    void onlyInspectorsVerifyAndOnlyWhenAsked() {
        long problem = scenario.rectifiedProblem("IPC");
        as("inspector").body(Map.of("answers", scenario.answers("YES")))
                .post("/api/v1/problems/" + problem + "/verifications").then().statusCode(409).body("type", equalTo(INVALID));
        scenario.requestCloseOut("IPC", problem);
        for (String notAnInspector : new String[] {"liaison-ipc", "steering", "dashboard", "admin"}) {
            as(notAnInspector).body(Map.of("answers", scenario.answers("YES")))
                    .post("/api/v1/problems/" + problem + "/verifications").then().statusCode(403).contentType(PROBLEM_JSON);
        }
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then().body("status", equalTo("CLOSE_OUT_REQUESTED"));
    }

    @Test
    void anInspectorWhoFiledAProblemNeverVerifiesIt() {
        Map<String, Object> body = scenario.problemBody("实地督导发现的问题");
        body.put("unitId", world.units.get("IPC"));
        body.put("source", "ON_SITE_SUPERVISION");
        long problem = as("inspector").body(body).post("/api/v1/problems").then().statusCode(201).extract().jsonPath().getLong("id");
        long measure = scenario.addMeasure("IPC", problem);
        scenario.startMeasure("IPC", measure);
        scenario.addEvidence("IPC", measure);
        scenario.completeMeasure("IPC", measure);
        scenario.requestCloseOut("IPC", problem);
        as("inspector").body(Map.of("answers", scenario.answers("YES"))).post("/api/v1/problems/" + problem + "/verifications")
                .then().statusCode(403).body("detail", equalTo("whoever filed a problem never verifies it"));
        as("inspector2").body(Map.of("answers", scenario.answers("YES"))).post("/api/v1/problems/" + problem + "/verifications")
                .then().statusCode(201);
    }

    @Test
    void aVerificationThatIsNotFiveYesNeedsAReturnReason() {
        long problem = scenario.rectifiedProblem("IPC");
        scenario.requestCloseOut("IPC", problem);
        as("inspector").body(Map.of("answers", scenario.answers("NO")))
                .post("/api/v1/problems/" + problem + "/verifications").then().statusCode(400)
                .body("violations[0].field", equalTo("returnReason"));
        as("inspector").get("/api/v1/problems/" + problem + "/verifications").then().body("", hasSize(0));
    }

    @Test
    void closedProblemsAreFrozenUntilReopened() {
        long problem = scenario.closedProblem("IPC");
        asLiaisonOf("IPC").header("If-Match", "*").body(Map.of("title", "改")).patch("/api/v1/problems/" + problem)
                .then().statusCode(409);
        asLiaisonOf("IPC").body(scenario.measureBody("新措施")).post("/api/v1/problems/" + problem + "/measures")
                .then().statusCode(409);
        asLiaisonOf("IPC").body(Map.of("reason", "x")).post("/api/v1/problems/" + problem + "/reopen").then().statusCode(403);
        as("inspector").body(Map.of("reason", "回头看")).post("/api/v1/problems/" + problem + "/reopen").then().statusCode(200);
        as("inspector").body(Map.of("reason", "again")).post("/api/v1/problems/" + problem + "/reopen").then().statusCode(409);
    }

    @Test
    void readOnlyRolesCannotWrite() {
        long problem = scenario.fileProblem("IPC");
        for (String reader : new String[] {"steering", "dashboard"}) {
            as(reader).body(scenario.problemBody("x")).post("/api/v1/problems").then().statusCode(403);
            as(reader).header("If-Match", "*").body(Map.of("title", "x")).patch("/api/v1/problems/" + problem).then().statusCode(403);
        }
        as("inspector").body(scenario.measureBody("x")).post("/api/v1/problems/" + problem + "/measures").then().statusCode(403);
    }

    @Test
    void aLiaisonFilesForItsOwnUnitOnly() {
        Map<String, Object> body = scenario.problemBody("替别人登记");
        body.put("unitId", world.units.get("CC1"));
        scenario.file("IPC", body).statusCode(403).contentType(PROBLEM_JSON);
        as("inspector").get("/api/v1/problems").then().body("", hasSize(0));
    }
}
