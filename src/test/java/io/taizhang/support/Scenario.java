package io.taizhang.support;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The common steps of a problem's life, made through the API, for tests to build on. */
public final class Scenario {

    private final ApiTest test;

    Scenario(ApiTest test) {
        this.test = test;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(test.clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    public Map<String, Object> problemBody(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", test.world.campaignId);
        body.put("meetingId", test.world.meetingId);
        body.put("title", title);
        body.put("description", "对理论学习的安排存在“一刀切”的问题，针对性不强");
        body.put("category", "THEORY_PRACTICE");
        body.put("workLine", "THEORY_STUDY");
        body.put("source", "SELF_EXAMINATION");
        body.put("keyAreas", List.of());
        body.put("severity", "MEDIUM");
        body.put("responsiblePerson", "张三");
        body.put("deadline", today().plusDays(60).toString());
        return body;
    }

    public ValidatableResponse file(String unitCode, Map<String, Object> body) {
        return test.asLiaisonOf(unitCode).body(body).post("/api/v1/problems").then();
    }

    /** Files a problem as the unit's liaison; returns its id. */
    public long fileProblem(String unitCode) {
        return file(unitCode, problemBody("理论学习安排“一刀切”")).statusCode(201).extract().jsonPath().getLong("id");
    }

    public Map<String, Object> measureBody(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "逐项建立台账，明确责任人和时限");
        body.put("owner", "李四");
        body.put("deadline", today().plusDays(30).toString());
        return body;
    }

    public long addMeasure(String unitCode, long problemId) {
        return test.asLiaisonOf(unitCode).body(measureBody("建立整改台账")).post("/api/v1/problems/" + problemId + "/measures")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public void startMeasure(String unitCode, long measureId) {
        test.asLiaisonOf(unitCode).post("/api/v1/measures/" + measureId + "/start").then().statusCode(200);
    }

    public long addEvidence(String unitCode, long measureId) {
        return test.asLiaisonOf(unitCode)
                .body(Map.of("kind", "RULE_DOCUMENT", "title", "整改台账管理办法", "uri", "https://intranet.example/rules.pdf"))
                .post("/api/v1/measures/" + measureId + "/evidence").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public void completeMeasure(String unitCode, long measureId) {
        test.asLiaisonOf(unitCode).body(Map.of("note", "已完成")).post("/api/v1/measures/" + measureId + "/complete")
                .then().statusCode(200);
    }

    /** A problem whose single measure is DONE with evidence: ready for a close-out request. */
    public long rectifiedProblem(String unitCode) {
        long problem = fileProblem(unitCode);
        long measure = addMeasure(unitCode, problem);
        startMeasure(unitCode, measure);
        addEvidence(unitCode, measure);
        completeMeasure(unitCode, measure);
        return problem;
    }

    public void requestCloseOut(String unitCode, long problemId) {
        test.asLiaisonOf(unitCode).post("/api/v1/problems/" + problemId + "/close-out-request").then().statusCode(200);
    }

    public Map<String, Object> answers(String problemSolved) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("problemSolved", Map.of("verdict", problemSolved, "note", "台账已建立并运行"));
        for (String q : List.of("situationChanged", "capabilityImproved", "mechanismImproved", "peopleSatisfied")) {
            answers.put(q, Map.of("verdict", "YES", "note", "经实地核验"));
        }
        return answers;
    }

    /** A problem the inspector has closed out with five YES answers. */
    public long closedProblem(String unitCode) {
        long problem = rectifiedProblem(unitCode);
        requestCloseOut(unitCode, problem);
        test.as("inspector").body(Map.of("answers", answers("YES"))).post("/api/v1/problems/" + problem + "/verifications")
                .then().statusCode(201);
        return problem;
    }
}
