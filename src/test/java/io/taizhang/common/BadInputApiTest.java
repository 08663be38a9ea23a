package io.taizhang.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.taizhang.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear 4xx problem+json that names what is wrong, and changes nothing. */
@QuarkusTest
class BadInputApiTest extends ApiTest {

    @AfterEach
    void nothingWasFiled() {
        as("inspector").get("/api/v1/problems").then().body("", hasSize(0));
        as("inspector").get("/api/v1/ledger").then().body("", hasSize(0));
    }

    @Test
    void malformedJsonIs400() {
        clean(asLiaisonOf("IPC").body("{\"title\": ").post("/api/v1/problems").then().statusCode(400))
                .body("type", equalTo("urn:taizhang:error:malformed-request"));
    }

    @Test
    void unknownFieldsAreRejectedNotIgnored() {
        Map<String, Object> body = scenario.problemBody("多余字段");
        body.put("status", "CLOSED");
        clean(scenario.file("IPC", body).statusCode(400)).body("violations.field", hasItem("status"));
        Map<String, Object> other = scenario.problemBody("多余字段");
        other.put("ledgerNumber", "IPC-1999-001");
        clean(scenario.file("IPC", other).statusCode(400)).body("violations.field", hasItem("ledgerNumber"));
    }

    @Test
    void wrongTypesAndEnumValuesNameTheField() {
        Map<String, Object> body = scenario.problemBody("错误类型");
        body.put("category", "NOT_A_CATEGORY");
        clean(scenario.file("IPC", body).statusCode(400)).body("violations[0].field", equalTo("category"))
                .body("violations[0].message", containsString("THEORY_PRACTICE"));
        Map<String, Object> date = scenario.problemBody("错误日期");
        date.put("deadline", "next tuesday");
        clean(scenario.file("IPC", date).statusCode(400)).body("violations[0].field", equalTo("deadline"));
        Map<String, Object> number = scenario.problemBody("错误数字");
        number.put("campaignId", "abc");
        clean(scenario.file("IPC", number).statusCode(400)).body("violations[0].field", equalTo("campaignId"));
    }

    @Test
    void missingAndOversizedFieldsAreListed() {
        Map<String, Object> body = scenario.problemBody("x".repeat(10_000));
        body.remove("severity");
        body.put("description", " ");
        clean(scenario.file("IPC", body).statusCode(400))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("severity"))
                .body("violations.field", hasItem("description"));
    }

    @Test
    void controlCharactersAreRejected() {
        clean(scenario.file("IPC", scenario.problemBody("标题\u0007响铃")).statusCode(400))
                .body("violations[0].field", equalTo("title"));
        clean(scenario.file("IPC", scenario.problemBody("标题\u001b[31m")).statusCode(400))
                .body("violations[0].field", equalTo("title"));
    }

    @Test
    void badIdsAndParametersAreClientErrors() {
        clean(asLiaisonOf("IPC").get("/api/v1/problems/abc").then().statusCode(404));
        clean(asLiaisonOf("IPC").get("/api/v1/problems/99999999999999999999").then().statusCode(404));
        clean(asLiaisonOf("IPC").get("/api/v1/problems?limit=100000").then().statusCode(400))
                .body("violations[0].field", equalTo("limit"));
        clean(asLiaisonOf("IPC").get("/api/v1/problems?status=DONE").then().statusCode(400))
                .body("violations[0].field", equalTo("status"));
        clean(asLiaisonOf("IPC").get("/api/v1/problems?cursor=%%%").then().statusCode(400));
        clean(asLiaisonOf("IPC").get("/api/v1/problems?cursor=" + "A".repeat(1000)).then().statusCode(400));
        clean(asLiaisonOf("IPC").get("/api/v1/problems?deadlineBefore=yesterday").then().statusCode(400));
    }

    @Test
    void wrongMediaTypeIs415AndHugeBodyIs413() {
        clean(asLiaisonOf("IPC").contentType("text/plain").body("hello").post("/api/v1/problems").then().statusCode(415));
        clean(asLiaisonOf("IPC").body("{\"title\":\"" + "长".repeat(200_000) + "\"}").post("/api/v1/problems")
                .then().statusCode(413));
    }

    @Test
    void pastDeadlinesAreRefused() {
        Map<String, Object> body = scenario.problemBody("过期");
        body.put("deadline", scenario.today().minusDays(1).toString());
        clean(scenario.file("IPC", body).statusCode(400)).body("violations[0].field", equalTo("deadline"));
    }

    /** Every error body is problem+json without a trace of the implementation. */
    private static ValidatableResponse clean(ValidatableResponse response) {
        return response.contentType(PROBLEM_JSON)
                .body("status", not(equalTo(500)))
                .body(not(containsString("Exception")))
                .body(not(containsString("io.taizhang")))
                .body(not(containsString("SELECT")));
    }
}
