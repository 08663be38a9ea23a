package io.taizhang.problems;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.taizhang.support.ApiTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A retried POST with the same Idempotency-Key gets the first answer back and creates nothing new. */
@QuarkusTest
class IdempotencyApiTest extends ApiTest {

    @Test
    void replayReturnsTheFirstResponseAndCreatesOneRecord() {
        Map<String, Object> body = scenario.problemBody("重试不重复");
        Response first = asLiaisonOf("IPC").header("Idempotency-Key", "file-42").body(body).post("/api/v1/problems");
        Response replay = asLiaisonOf("IPC").header("Idempotency-Key", "file-42").body(body).post("/api/v1/problems");
        assertEquals(201, first.statusCode());
        assertEquals(201, replay.statusCode());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.jsonPath().getLong("id"), replay.jsonPath().getLong("id"));
        assertEquals(first.jsonPath().getString("ledgerNumber"), replay.jsonPath().getString("ledgerNumber"));
        as("inspector").get("/api/v1/problems").then().body("", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        asLiaisonOf("IPC").header("Idempotency-Key", "k1").body(scenario.problemBody("一")).post("/api/v1/problems")
                .then().statusCode(201);
        asLiaisonOf("IPC").header("Idempotency-Key", "k1").body(scenario.problemBody("二")).post("/api/v1/problems")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:taizhang:error:idempotency-key-reused"));
        as("inspector").get("/api/v1/problems").then().body("", hasSize(1));
    }

    @Test
    void keysAreScopedPerAccount() {
        asLiaisonOf("IPC").header("Idempotency-Key", "same").body(scenario.problemBody("IPC 的")).post("/api/v1/problems")
                .then().statusCode(201);
        asLiaisonOf("CC1").header("Idempotency-Key", "same").body(scenario.problemBody("CC1 的")).post("/api/v1/problems")
                .then().statusCode(201).body("unitCode", equalTo("CC1"));
        as("inspector").get("/api/v1/problems").then().body("", hasSize(2));
    }

    @Test
    void concurrentRetriesWithOneKeyCreateExactlyOneRecord() throws Exception {
        Map<String, Object> body = scenario.problemBody("并发重试");
        List<Long> ids = ConcurrencyApiTest.parallel(12, i -> asLiaisonOf("IPC").header("Idempotency-Key", "burst")
                .body(body).post("/api/v1/problems").then().statusCode(201).extract().jsonPath().getLong("id"));
        assertEquals(1, new HashSet<>(ids).size());
        as("inspector").get("/api/v1/problems").then().body("", hasSize(1));
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForACorrectedRetry() {
        Map<String, Object> bad = scenario.problemBody("期限错误");
        bad.put("deadline", "2000-01-01");
        asLiaisonOf("IPC").header("Idempotency-Key", "fix-me").body(bad).post("/api/v1/problems").then().statusCode(400);
        asLiaisonOf("IPC").header("Idempotency-Key", "fix-me").body(scenario.problemBody("期限正确")).post("/api/v1/problems")
                .then().statusCode(201);
    }

    @Test
    void actionsAreIdempotentToo() {
        long problem = scenario.fileProblem("IPC");
        long measure = scenario.addMeasure("IPC", problem);
        scenario.startMeasure("IPC", measure);
        for (int i = 0; i < 3; i++) {
            asLiaisonOf("IPC").header("Idempotency-Key", "progress-1").body(Map.of("percent", 30, "note", "一次"))
                    .post("/api/v1/measures/" + measure + "/progress-reports").then().statusCode(200);
        }
        as("inspector").get("/api/v1/measures/" + measure + "/progress-reports").then().body("", hasSize(1));
    }
}
