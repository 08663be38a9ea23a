package io.taizhang.metadata;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetadataApiTest extends ApiTest {

    @Test
    void everyEnumerationValueHasAChineseAndAnEnglishLabel() {
        Map<String, List<Map<String, String>>> enums = as("liaison-ipc").get("/api/v1/metadata").then().statusCode(200)
                .body("enums.Category", hasSize(6))
                .body("enums.KeyArea.find { it.value == 'PETITIONS' }.zh", equalTo("信访"))
                .extract().jsonPath().getMap("enums");
        enums.forEach((type, values) -> values.forEach(v -> {
            assertFalse(v.get("zh") == null || v.get("zh").isBlank(), type + "." + v.get("value") + " zh");
            assertFalse(v.get("en") == null || v.get("en").isBlank(), type + "." + v.get("value") + " en");
        }));
    }
}
