package io.taizhang.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * TRACE is refused on the paths the security battery does not reach from the contract: framework
 * routes and paths nobody serves. It never echoes the request, and no answer names the server.
 */
@QuarkusTest
class FrameworkHygieneApiTest extends ApiTest {

    @Test
    void traceIsRefusedOnFrameworkAndUnknownPathsWithoutEcho() {
        String token = world.actor("inspector").token();
        for (String path : new String[] {"/q/health/ready", "/q/health", "/q/metrics", "/q/openapi", "/no-such-root",
                "/api/v1/no-such-thing", "/"}) {
            given().header("Authorization", "Bearer " + token).header("X-Echo-Me", "secret-marker")
                    .request("TRACE", path).then()
                    .statusCode(405)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:taizhang:error:method-not-allowed"))
                    .body(not(containsString("secret-marker")))
                    .body(not(containsString(token)))
                    .header("Allow", not(containsString("TRACE")))
                    .header("Server", nullValue());
        }
    }

    @Test
    void traceOnAnApiPathNamesThatPathsMethods() {
        given().request("TRACE", "/api/v1/problems").then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, POST"));
    }

    @Test
    void authenticatedAnswersAreNotStoredAndNameNoServer() {
        as("inspector").get("/api/v1/problems").then().statusCode(200)
                .header("Cache-Control", "no-store").header("Server", nullValue());
        as("inspector").get("/api/v1/no-such-thing").then().statusCode(404)
                .header("Cache-Control", "no-store").header("Server", nullValue());
        given().get("/q/health/ready").then().statusCode(200).header("Server", nullValue());
    }
}
