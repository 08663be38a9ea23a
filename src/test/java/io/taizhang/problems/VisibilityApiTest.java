package io.taizhang.problems;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A liaison sees and changes only its own unit: another unit's records answer 404, like missing ones. */
@QuarkusTest
class VisibilityApiTest extends ApiTest {

    long problem;
    long measure;
    long evidence;
    long entry;

    @BeforeEach
    void ipcHasAProblemWithAMeasureAndEvidence() {
        problem = scenario.fileProblem("IPC");
        measure = scenario.addMeasure("IPC", problem);
        scenario.startMeasure("IPC", measure);
        evidence = scenario.addEvidence("IPC", measure);
        entry = as("inspector").get("/api/v1/problems/" + problem + "/ledger").then().extract().jsonPath().getLong("[0].id");
    }

    @Test
    void anotherUnitsLiaisonGets404OnEveryRecordOfIt() {
        for (String path : List.of("/api/v1/problems/" + problem, "/api/v1/problems/" + problem + "/measures",
                "/api/v1/problems/" + problem + "/ledger", "/api/v1/problems/" + problem + "/ledger/verification",
                "/api/v1/problems/" + problem + "/verifications", "/api/v1/measures/" + measure,
                "/api/v1/measures/" + measure + "/evidence", "/api/v1/measures/" + measure + "/progress-reports",
                "/api/v1/evidence/" + evidence, "/api/v1/ledger/" + entry)) {
            asLiaisonOf("CC1").get(path).then().statusCode(404).contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:taizhang:error:not-found"));
            asLiaisonOf("IPC").get(path).then().statusCode(200);
        }
    }

    @Test
    void aForeignRecordLooksExactlyLikeAMissingOne() {
        String foreign = asLiaisonOf("CC1").get("/api/v1/problems/" + problem).then().extract().path("title");
        String missing = asLiaisonOf("CC1").get("/api/v1/problems/999999999").then().statusCode(404).extract().path("title");
        org.junit.jupiter.api.Assertions.assertEquals(missing, foreign);
    }

    @Test
    void anotherUnitsLiaisonCannotWriteAndNothingChanges() {
        int entries = ledgerLength();
        asLiaisonOf("CC1").header("If-Match", "*").body(Map.of("title", "改掉")).patch("/api/v1/problems/" + problem)
                .then().statusCode(404);
        asLiaisonOf("CC1").body(scenario.measureBody("别人的措施")).post("/api/v1/problems/" + problem + "/measures")
                .then().statusCode(404);
        asLiaisonOf("CC1").body(Map.of("percent", 90, "note", "x")).post("/api/v1/measures/" + measure + "/progress-reports")
                .then().statusCode(404);
        asLiaisonOf("CC1").body(Map.of("kind", "LINK", "title", "x", "uri", "https://x.example"))
                .post("/api/v1/measures/" + measure + "/evidence").then().statusCode(404);
        asLiaisonOf("CC1").post("/api/v1/problems/" + problem + "/close-out-request").then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(entries, ledgerLength());
    }

    @Test
    void listsNeverContainAnotherUnitsRows() {
        scenario.fileProblem("CC1");
        asLiaisonOf("CC1").get("/api/v1/problems").then().statusCode(200)
                .body("", hasSize(1)).body("unitCode", everyItem(equalTo("CC1")));
        asLiaisonOf("CC1").get("/api/v1/problems?unitId=" + world.units.get("IPC")).then().statusCode(200).body("", hasSize(0));
        asLiaisonOf("CC1").get("/api/v1/ledger?limit=200").then().statusCode(200)
                .body("unitId", everyItem(equalTo(world.units.get("CC1").intValue())))
                .body("problemId", not(hasItem((int) problem)));
        asLiaisonOf("CC1").get("/api/v1/ledger?problemId=" + problem).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void inspectorsSteeringAndDashboardsReadEveryUnit() {
        scenario.fileProblem("CC1");
        for (String reader : List.of("inspector", "steering", "dashboard")) {
            as(reader).get("/api/v1/problems").then().statusCode(200).body("", hasSize(2));
            as(reader).get("/api/v1/measures/" + measure).then().statusCode(200);
            as(reader).get("/api/v1/ledger").then().statusCode(200).body("problemId", hasItem((int) problem));
        }
    }

    @Test
    void adminsManageAccountsButDoNotReadTheLedger() {
        as("admin").get("/api/v1/problems/" + problem).then().statusCode(403).contentType(PROBLEM_JSON);
        as("admin").get("/api/v1/ledger").then().statusCode(403);
    }

    private int ledgerLength() {
        return as("inspector").get("/api/v1/problems/" + problem + "/ledger?limit=200").then().extract()
                .jsonPath().getList("").size();
    }
}
