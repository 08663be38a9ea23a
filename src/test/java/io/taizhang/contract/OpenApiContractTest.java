package io.taizhang.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (openapi/openapi.yaml) is what the service serves. When this fails,
 * regenerate with {@code ./mvnw package -DskipTests} and commit openapi/.
 */
@QuarkusTest
class OpenApiContractTest extends ApiTest {

    @Test
    void committedContractMatchesTheServedOne() throws IOException {
        JsonNode committed = new YAMLMapper().readTree(Path.of("openapi", "openapi.yaml").toFile());
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        assertEquals(served, committed,
                "openapi/openapi.yaml is stale: run ./mvnw package -DskipTests and commit openapi/");
    }

    @Test
    void everyOperationHasAnIdASummaryBearerSecurityAndProblemErrors() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (!operation.hasNonNull("operationId") || !operation.hasNonNull("summary")) {
                    failures.add(where + ": operationId and summary");
                }
                if (!operation.path("security").toString().contains("bearer")) {
                    failures.add(where + ": bearer security");
                }
                for (String status : List.of("400", "401", "403", "500", "503")) {
                    if (!operation.path("responses").path(status).path("content").has("application/problem+json")) {
                        failures.add(where + ": " + status + " problem+json");
                    }
                }
            }
        }
        assertFalse(doc.get("paths").isEmpty());
        assertTrue(failures.isEmpty(), "operations missing documentation: " + failures);
    }
}
