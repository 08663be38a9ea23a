package io.taizhang.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The board in a real headless browser: loaded with the known data set and a dashboard token in
 * the URL fragment, it shows the numbers the API gives, escalated problems first; a screenshot is
 * left in target/board.png.
 */
@QuarkusTest
class BoardBrowserTest extends DashboardApiTest {

    private static final Pattern METRIC = Pattern.compile(
            "data-metric=\"(\\w+)\" data-value=\"([^\"]*)\"><span class=\"value\">([^<]*)</span>");

    private String boardUrl(String query) {
        return "http://localhost:" + RestAssured.port + "/board/" + query + "#token=" + world.actor("dashboard").token();
    }

    @Test
    void theBoardShowsTheApisNumbersForEveryUnit() throws Exception {
        loadKnownDataSet();
        JsonPath api = summary("dashboard", "groupBy=UNIT");
        String dom = Chromium.dumpDom(boardUrl(""));
        assertTrue(dom.contains("data-state=\"ready\""), "the board did not finish loading:\n" + dom);

        Map<String, Object> total = api.getMap("total");
        String totals = section(dom, "<section id=\"totals\"", "</section>");
        for (String name : List.of("filed", "closed", "overdue", "escalated", "unansweredUrges", "relapses")) {
            assertEquals(String.valueOf(total.get(name)), shown(totals, name), "total " + name);
        }
        assertEquals(percent(total.get("completionRate")), shown(totals, "completionRate"));
        assertEquals(percent(total.get("onTimeRate")), shown(totals, "onTimeRate"));
        assertEquals(percent(total.get("overdueRate")), shown(totals, "overdueRate"));
        assertEquals("3 / 4", shown(totals, "measures"));

        List<Map<String, Object>> groups = api.getList("groups");
        assertEquals(13, groups.size());
        for (Map<String, Object> g : groups) {
            String code = (String) g.get("unitCode");
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) g.get("metrics");
            String card = section(dom, "data-unit=\"" + code + "\"", "</article>");
            for (String name : List.of("filed", "closed", "overdue")) {
                assertEquals(String.valueOf(m.get(name)), shown(card, name), code + " " + name);
            }
            for (String light : List.of("red", "yellow", "green")) {
                assertTrue(card.contains("data-metric=\"" + light + "\" title=\"") && card.contains("</i>" + m.get(light) + "</span>"),
                        code + " " + light + " " + m.get(light));
            }
            assertEquals(percent(m.get("completionRate")), shown(card, "completionRate"), code);
            assertEquals(percent(m.get("onTimeRate")), shown(card, "onTimeRate"), code);
        }
        assertTrue(section(dom, "data-unit=\"CC1\"", "</article>").startsWith("data-unit=\"CC1\">"));
        assertTrue(dom.contains("class=\"unit red\" data-unit=\"CC1\""), "CC1 has a RED problem");

        // escalated problems first, then the open key-area problems (C; A is closed)
        String rows = section(dom, "<tbody>", "</tbody>");
        assertTrue(rows.startsWith("<tbody><tr class=\"escalated\" data-problem=\"" + b + "\""), rows);
        assertTrue(rows.contains("data-problem=\"" + c + "\""), rows);
        assertTrue(!rows.contains("data-problem=\"" + a + "\""), rows);
        String areas = section(dom, "<div id=\"key-areas\"", "</section>");
        assertTrue(areas.contains("data-area=\"CASE_FILING\"") && areas.contains("data-area=\"PETITIONS\"")
                && areas.contains("data-area=\"ENFORCEMENT\""), areas);
        assertTrue(areas.contains("立案") && areas.contains("信访") && areas.contains("执行"), areas);

        String chart = section(dom, "<svg", "</svg>");
        for (String series : List.of("filed", "closed", "overdue", "escalated")) {
            assertTrue(chart.contains("data-series=\"" + series + "\""), "trend series " + series);
        }
        assertTrue(dom.contains("各单位整改情况"), "Chinese labels by default");
    }

    @Test
    void englishLabelsAndAScreenshot() throws Exception {
        loadKnownDataSet();
        String dom = Chromium.dumpDom(boardUrl("?lang=en"));
        assertTrue(dom.contains("data-state=\"ready\""), dom);
        assertTrue(dom.contains("Rectification ledger · Steering board") && dom.contains("Completion rate")
                && dom.contains("Case filing"), "English labels");
        Chromium.screenshot(boardUrl(""), Path.of("target", "board.png"));
    }

    @Test
    void withoutATokenThePageAsksForOneAndTheApiStaysClosed() throws Exception {
        String dom = Chromium.dumpDom("http://localhost:" + RestAssured.port + "/board/");
        assertTrue(dom.contains("data-state=\"login\""), dom);
        RestAssured.given().get("/board/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
        anonymous().get("/api/v1/dashboard/summary").then().statusCode(401);
    }

    private static String section(String dom, String start, String end) {
        int from = dom.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in the board");
        int to = dom.indexOf(end, from);
        return dom.substring(from, to + end.length());
    }

    /** The text shown for a metric (the first one of that name in the fragment). */
    private static String shown(String fragment, String name) {
        Matcher m = METRIC.matcher(fragment);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(3);
            }
        }
        throw new AssertionError("no metric " + name + " in " + fragment);
    }

    private static String percent(Object rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.1f%%", ((Number) rate).doubleValue() * 100);
    }
}
