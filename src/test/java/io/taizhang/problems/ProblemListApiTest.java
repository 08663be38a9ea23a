package io.taizhang.problems;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.taizhang.support.ApiTest;
import io.taizhang.support.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filters, text search in Chinese, stable keyset pages through the Link header. */
@QuarkusTest
class ProblemListApiTest extends ApiTest {

    @Test
    void filtersNarrowTheList() {
        Map<String, Object> enforcement = scenario.problemBody("执行案款发放慢");
        enforcement.put("keyAreas", List.of("ENFORCEMENT"));
        enforcement.put("category", "HARD_PROBLEMS");
        enforcement.put("severity", "HIGH");
        scenario.file("IPC", enforcement).statusCode(201);
        scenario.fileProblem("IPC");
        scenario.fileProblem("CC1");

        as("inspector").get("/api/v1/problems?keyArea=ENFORCEMENT").then().body("", hasSize(1))
                .body("[0].title", equalTo("执行案款发放慢")).body("[0].priority", equalTo(true));
        as("inspector").get("/api/v1/problems?priority=false").then().body("", hasSize(2));
        as("inspector").get("/api/v1/problems?category=HARD_PROBLEMS&severity=HIGH").then().body("", hasSize(1));
        as("inspector").get("/api/v1/problems?unitId=" + world.units.get("CC1")).then().body("", hasSize(1))
                .body("[0].unitCode", equalTo("CC1"));
        as("inspector").get("/api/v1/problems?status=REGISTERED&campaignId=" + world.campaignId).then().body("", hasSize(3));
        as("inspector").get("/api/v1/problems?status=CLOSED").then().body("", hasSize(0));
        as("inspector").get("/api/v1/problems?meetingId=" + world.meetingId).then().body("", hasSize(3));
    }

    @Test
    void textSearchFindsChineseSubstringsInTitleAndDescription() {
        scenario.file("IPC", scenario.problemBody("信访接待不及时")).statusCode(201);
        scenario.file("CC1", scenario.problemBody("立案登记材料繁琐")).statusCode(201);
        as("inspector").get("/api/v1/problems?q=信访").then().body("", hasSize(1)).body("[0].title", equalTo("信访接待不及时"));
        as("inspector").get("/api/v1/problems?q=一刀切").then().body("", hasSize(2));
        as("inspector").get("/api/v1/problems?q=100%").then().body("", hasSize(0));
    }

    @Test
    void deadlinesAndOverdue() {
        long soon = scenario.fileProblem("IPC");
        Map<String, Object> later = scenario.problemBody("后期");
        later.put("deadline", scenario.today().plusDays(200).toString());
        scenario.file("IPC", later).statusCode(201);
        String cutoff = scenario.today().plusDays(100).toString();
        as("inspector").get("/api/v1/problems?deadlineBefore=" + cutoff).then().body("id", contains((int) soon));
        as("inspector").get("/api/v1/problems?deadlineAfter=" + cutoff).then().body("", hasSize(1));
        as("inspector").get("/api/v1/problems?overdue=true").then().body("", hasSize(0));
        clock.advance(java.time.Duration.ofDays(90));
        as("inspector").get("/api/v1/problems?overdue=true").then().body("id", contains((int) soon))
                .body("[0].overdue", equalTo(true));
        as("inspector").get("/api/v1/problems?overdue=false").then().body("", hasSize(1));
    }

    @Test
    void keysetPagesWalkEveryRowOnceInStableOrder() {
        List<Integer> filed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            filed.add((int) scenario.fileProblem(i % 2 == 0 ? "IPC" : "CC2"));
        }
        for (String sort : List.of("-createdAt", "createdAt", "deadline", "-updatedAt")) {
            List<Integer> seen = new ArrayList<>();
            String url = "/api/v1/problems?limit=3&sort=" + sort;
            int pages = 0;
            while (url != null) {
                Response page = as("inspector").get(url);
                page.then().statusCode(200);
                seen.addAll(page.jsonPath().getList("id"));
                url = Links.next(page);
                pages++;
            }
            assertEquals(3, pages, sort);
            assertEquals(7, seen.size(), sort);
            assertEquals(7, seen.stream().distinct().count(), sort);
        }
        List<Integer> newestFirst = as("inspector").get("/api/v1/problems").then().extract().jsonPath().getList("id");
        java.util.Collections.reverse(filed);
        assertEquals(filed, newestFirst);
    }

    @Test
    void aCursorBelongsToItsSort() {
        for (int i = 0; i < 3; i++) {
            scenario.fileProblem("IPC");
        }
        String next = Links.next(as("inspector").get("/api/v1/problems?limit=1&sort=deadline"));
        String cursor = next.replaceAll(".*cursor=([^&]+).*", "$1");
        as("inspector").get("/api/v1/problems?limit=1&sort=-createdAt&cursor=" + cursor).then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void lastPageHasNoNextLinkAndEmptyListIsAnArray() {
        Response empty = as("inspector").get("/api/v1/problems");
        empty.then().statusCode(200).body("", hasSize(0)).header("Link", nullValue());
        scenario.fileProblem("IPC");
        assertNull(Links.next(as("inspector").get("/api/v1/problems?limit=1")));
    }

    @Test
    void etagsMakeReadsConditionalAndUpdatesSafe() {
        long id = scenario.fileProblem("IPC");
        String etag = asLiaisonOf("IPC").get("/api/v1/problems/" + id).then().statusCode(200).extract().header("ETag");
        asLiaisonOf("IPC").header("If-None-Match", etag).get("/api/v1/problems/" + id).then().statusCode(304);
        asLiaisonOf("IPC").body(Map.of("title", "无版本")).patch("/api/v1/problems/" + id).then().statusCode(428)
                .contentType(PROBLEM_JSON).body("type", equalTo("urn:taizhang:error:if-match-required"));
        String next = asLiaisonOf("IPC").header("If-Match", etag).body(Map.of("title", "有版本"))
                .patch("/api/v1/problems/" + id).then().statusCode(200).extract().header("ETag");
        asLiaisonOf("IPC").header("If-Match", etag).body(Map.of("title", "旧版本")).patch("/api/v1/problems/" + id)
                .then().statusCode(412).body("type", equalTo("urn:taizhang:error:stale-version"));
        asLiaisonOf("IPC").header("If-None-Match", etag).get("/api/v1/problems/" + id).then().statusCode(200)
                .header("ETag", equalTo(next)).body("title", equalTo("有版本"));
        // a change to a measure changes the problem's representation and so its ETag
        scenario.addMeasure("IPC", id);
        asLiaisonOf("IPC").header("If-None-Match", next).get("/api/v1/problems/" + id).then().statusCode(200)
                .body("measures", hasSize(1));
    }

    @Test
    void chineseEmojiAndRightToLeftTextAreStoredAsSent() {
        String text = "群众满意度 😀 עברית العربية";
        long id = scenario.file("IPC", scenario.problemBody(text)).statusCode(201).extract().jsonPath().getLong("id");
        asLiaisonOf("IPC").get("/api/v1/problems/" + id).then().body("title", equalTo(text));
        as("inspector").get("/api/v1/problems?q=😀").then().body("title", everyItem(containsString("😀")));
    }
}
