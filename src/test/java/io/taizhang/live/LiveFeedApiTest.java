package io.taizhang.live;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The live stream read by a real HTTP client: visibility, resumption with Last-Event-ID, heartbeats. */
@QuarkusTest
class LiveFeedApiTest extends ApiTest {

    static final String LIVE = "/api/v1/live/ledger";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLiaisonReceivesItsOwnUnitsEntriesAndNeverAnotherUnits() throws Exception {
        try (SseClient ipc = SseClient.open(LIVE, world.liaisonOf("IPC").token(), null)) {
            assertEquals(200, ipc.response.statusCode());
            assertTrue(ipc.response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            long foreign = scenario.fileProblem("CC1");
            long own = scenario.fileProblem("IPC");
            // the feed is in commit order: had CC1's entry been let through, it would come first
            JsonNode first = data(ipc.nextEvent(20));
            assertEquals(own, first.path("problemId").asLong(), () -> "first event " + first);
            assertEquals("PROBLEM_FILED", first.path("kind").asText());
            assertEquals(world.units.get("IPC").longValue(), first.path("unitId").asLong());
            assertTrue(own != foreign);
        }
    }

    @Test
    void resumingWithLastEventIdSkipsWhatWasSeenAndDeliversWhatWasMissed() throws Exception {
        Set<String> seen = new HashSet<>();
        String last;
        long before;
        try (SseClient first = SseClient.open(LIVE, world.actor("inspector").token(), null)) {
            before = scenario.fileProblem("NJC");
            SseClient.Event filed = first.nextEvent(20);
            assertNotNull(filed, "the filing arrives");
            assertEquals("ledger-entry", filed.name());
            assertEquals(before, data(filed).path("problemId").asLong());
            seen.add(filed.id());
            last = filed.id();
        }
        long missed = scenario.fileProblem("PCP");
        long measure = scenario.addMeasure("PCP", missed);
        try (SseClient resumed = SseClient.open(LIVE, world.actor("inspector").token(), last)) {
            List<JsonNode> got = new ArrayList<>();
            while (got.size() < 2) {
                SseClient.Event e = resumed.nextEvent(20);
                assertNotNull(e, "the entries written while disconnected arrive: " + got);
                assertFalse(seen.contains(e.id()), "an event already seen came again: " + e);
                got.add(data(e));
            }
            assertEquals(List.of(missed, missed), got.stream().map(n -> n.path("problemId").asLong()).toList());
            assertEquals(List.of("PROBLEM_FILED", "MEASURE_ADDED"), got.stream().map(n -> n.path("kind").asText()).toList());
            assertEquals(measure, got.get(1).path("measureId").asLong());
        }
    }

    @Test
    void aQuietStreamSendsHeartbeatComments() throws Exception {
        try (SseClient quiet = SseClient.open(LIVE, world.actor("dashboard").token(), null)) {
            assertTrue(quiet.heartbeatWithin(10), "a comment line within the test heartbeat interval (1 s)");
        }
    }

    @Test
    void aBadEventIdOrRoleIsRefusedWithAProblem() {
        as("inspector").accept("text/event-stream").header("Last-Event-ID", "not-a-cursor").get(LIVE).then()
                .statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("Last-Event-ID"));
        as("inspector").accept("text/event-stream").get(LIVE + "?kind=NOPE").then().statusCode(400).contentType(PROBLEM_JSON);
        as("admin").accept("text/event-stream").get(LIVE).then().statusCode(403).contentType(PROBLEM_JSON);
    }

    private static JsonNode data(SseClient.Event e) throws Exception {
        assertNotNull(e, "an event arrived");
        return JSON.readTree(e.data());
    }
}
