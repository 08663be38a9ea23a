package io.taizhang.ledger;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.taizhang.support.ApiTest;
import io.taizhang.support.Links;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerFeedApiTest extends ApiTest {

    @Test
    void feedPagesThroughEveryEntryOnceInCommitOrder() {
        for (int i = 0; i < 5; i++) {
            scenario.fileProblem(i % 2 == 0 ? "IPC" : "CC1");
        }
        List<Integer> ids = new ArrayList<>();
        String url = "/api/v1/ledger?limit=2";
        while (url != null) {
            Response page = as("dashboard").get(url);
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("id"));
            url = Links.next(page);
        }
        assertEquals(5, ids.size());
        assertEquals(5, ids.stream().distinct().count());
    }

    @Test
    void feedFiltersByUnitKindAndTime() {
        long problem = scenario.rectifiedProblem("IPC");
        scenario.fileProblem("CC1");
        as("inspector").get("/api/v1/ledger?unitId=" + world.units.get("CC1")).then().body("", hasSize(1));
        as("inspector").get("/api/v1/ledger?kind=EVIDENCE_ADDED").then().body("", hasSize(1))
                .body("[0].problemId", equalTo((int) problem));
        as("inspector").get("/api/v1/ledger?problemId=" + problem).then().body("problemId", everyItem(equalTo((int) problem)));
        as("inspector").get("/api/v1/ledger?since=" + Instant.now().plusSeconds(3600)).then().body("", hasSize(0));
        as("inspector").get("/api/v1/ledger?kind=NOPE").then().statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void aResumedFeedShowsWhatCameAfterItsCursorAndNothingTwice() {
        scenario.fileProblem("IPC");
        scenario.fileProblem("CC1");
        Response first = as("dashboard").get("/api/v1/ledger?limit=1");
        List<Integer> ids = new ArrayList<>(first.jsonPath().getList("id"));
        scenario.fileProblem("CC2");
        String url = Links.next(first);
        while (url != null) {
            Response page = as("dashboard").get(url);
            ids.addAll(page.jsonPath().getList("id"));
            url = Links.next(page);
        }
        assertEquals(3, ids.size());
        assertEquals(3, ids.stream().distinct().count());
    }

    @Test
    void everyWayOfReadingAnEntryShowsTheSameEntry() {
        long problem = scenario.rectifiedProblem("IPC");
        String etag = asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then().extract().header("ETag");
        asLiaisonOf("IPC").header("If-Match", etag).body(Map.of("severity", "HIGH", "reason", "涉及群众切身利益"))
                .patch("/api/v1/problems/" + problem).then().statusCode(200);
        List<Map<String, Object>> history = as("inspector").get("/api/v1/problems/" + problem + "/ledger?limit=100")
                .then().statusCode(200).extract().jsonPath().getList("");
        Map<String, Object> updated = history.get(history.size() - 1);
        assertEquals("PROBLEM_UPDATED", updated.get("kind"));
        assertEquals(Map.of("before", "MEDIUM", "after", "HIGH"), ((Map<?, ?>) updated.get("changes")).get("severity"));
        // the single entry, the problem's detail, the global feed and the history agree field by field
        assertEquals(updated, as("inspector").get("/api/v1/ledger/" + updated.get("id")).jsonPath().getMap(""));
        assertEquals(updated, as("inspector").get("/api/v1/problems/" + problem).jsonPath().getMap("recentLedger[0]"));
        List<Map<String, Object>> feed = as("inspector").get("/api/v1/ledger?problemId=" + problem + "&limit=100")
                .jsonPath().getList("");
        assertEquals(updated, feed.get(feed.size() - 1));
    }
}
