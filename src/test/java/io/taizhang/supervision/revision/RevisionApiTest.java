package io.taizhang.supervision.revision;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.supervision.SupervisionApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Return for revision (退回重新查摆): returned before rectification, revised, resubmitted; the cycles stay visible. */
@QuarkusTest
class RevisionApiTest extends SupervisionApiTest {

    @Test
    void aReturnedProblemIsRevisedAndResubmittedAndEveryCycleIsVisible() {
        long problem = scenario.fileProblem("IPC");
        returnFor(problem, "ACHIEVEMENT_AS_PROBLEM").statusCode(201).body("cycle", equalTo(1));
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then().body("status", equalTo("RETURNED_FOR_REVISION"))
                .body("allowedActions", hasItem("RESUBMIT")).body("revisionCycles", equalTo(1));
        // nothing is rectified while the problem itself is being rewritten
        asLiaisonOf("IPC").body(scenario.measureBody("先整改")).post("/api/v1/problems/" + problem + "/measures").then()
                .statusCode(409);
        resubmit(problem).statusCode(409).contentType(PROBLEM_JSON).body("missing", equalTo("REVISION"));
        revise(problem, "学习安排未结合审判实际，针对性不强");
        resubmit(problem).statusCode(200).body("cycle", equalTo(1)).body("resubmittedAt", equalTo(T0.toString()));
        asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then().body("status", equalTo("REGISTERED"));

        returnFor(problem, "NO_MEASURABLE_TARGET").statusCode(201).body("cycle", equalTo(2));
        revise(problem, "学习安排未结合审判实际；目标：年内覆盖全部审判团队");
        resubmit(problem).statusCode(200);
        as("steering").get("/api/v1/problems/" + problem + "/revisions").then().statusCode(200)
                .body("cycle", contains(1, 2))
                .body("reasonCategory", contains("ACHIEVEMENT_AS_PROBLEM", "NO_MEASURABLE_TARGET"));
        List<String> kinds = ledgerKinds(problem);
        assertEquals(List.of("PROBLEM_FILED", "RETURNED_FOR_REVISION", "PROBLEM_UPDATED", "RESUBMITTED",
                "RETURNED_FOR_REVISION", "PROBLEM_UPDATED", "RESUBMITTED"), kinds);
        as("inspector").get("/api/v1/problems/" + problem).then().body("revisionCycles", equalTo(2));
    }

    @Test
    void aProblemInRectificationCanNoLongerBeReturned() {
        long[] pm = problemWithStartedMeasure("CC1");
        returnFor(pm[0], "VAGUE").statusCode(409).contentType(PROBLEM_JSON)
                .body("problemStatus", equalTo("IN_RECTIFICATION"));
    }

    @Test
    void onlyAnInspectorReturnsOnlyTheUnitResubmitsAndTheReasonIsOneOfFour() {
        long problem = scenario.fileProblem("NJC");
        asLiaisonOf("NJC").body(Map.of("reasonCategory", "VAGUE", "reason", "自退")).post(url(problem)).then()
                .statusCode(403);
        as("inspector").body(Map.of("reasonCategory", "TOO_SHORT", "reason", "太短")).post(url(problem)).then()
                .statusCode(400).contentType(PROBLEM_JSON);
        returnFor(problem, "NO_ROOT_CAUSE").statusCode(201);
        as("inspector").post(url(problem) + "/resubmission").then().statusCode(403);
        asLiaisonOf("CC2").get(url(problem)).then().statusCode(404);
        as("inspector").get("/api/v1/problems/" + problem + "/revisions").then().body("resubmittedAt", contains(nullValue()));
    }

    private io.restassured.response.ValidatableResponse returnFor(long problem, String category) {
        return as("inspector").body(Map.of("reasonCategory", category, "reason", "问题查摆不够具体，请重新查摆"))
                .post(url(problem)).then();
    }

    private io.restassured.response.ValidatableResponse resubmit(long problem) {
        return asLiaisonOf(unitOf(problem)).body(Map.of("note", "已重新查摆")).post(url(problem) + "/resubmission").then();
    }

    private void revise(long problem, String description) {
        String unit = unitOf(problem);
        String etag = asLiaisonOf(unit).get("/api/v1/problems/" + problem).then().extract().header("ETag");
        asLiaisonOf(unit).header("If-Match", etag).body(Map.of("description", description))
                .patch("/api/v1/problems/" + problem).then().statusCode(200);
    }

    private String unitOf(long problem) {
        return problem(problem).getString("unitCode");
    }

    private static String url(long problem) {
        return "/api/v1/problems/" + problem + "/revisions";
    }
}
