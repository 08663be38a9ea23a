package io.taizhang.problems;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest extends ApiTest {

    @Test
    void liaisonFilesAProblemAndSeesItsLedgerNumber() {
        long id = scenario.fileProblem("IPC");
        asLiaisonOf("IPC").get("/api/v1/problems/" + id).then().log().ifValidationFails()
                .statusCode(200).body("unitCode", equalTo("IPC"));
    }
}
