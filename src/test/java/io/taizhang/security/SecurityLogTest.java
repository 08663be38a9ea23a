package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import io.taizhang.support.World;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed authentications and denials leave one warning each that says who (the account, or the
 * client's address), what (method and path) and why, timestamped; no log line ever carries a
 * bearer token, whether it worked, failed or was never valid.
 */
@QuarkusTest
class SecurityLogTest extends ApiTest {

    private final Logger root = Logger.getLogger("io.taizhang");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        root.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(capture);
    }

    @Test
    void aDenialNamesTheAccountItsRoleTheMethodAndThePath() {
        Instant start = Instant.now();
        asLiaisonOf("IPC").get("/api/v1/accounts").then().statusCode(403);
        String line = only("denied: GET /api/v1/accounts to liaison-ipc [LIAISON]");
        assertTrue(line.contains("127.0.0.1"), line);
        assertTimestamped(start);
    }

    @Test
    void aServiceLevelRefusalIsLoggedLikeARoleDenial() {
        var body = scenario.problemBody("为他单位立项");
        body.put("unitId", world.units.get("CC1"));
        scenario.file("IPC", body).statusCode(403);
        only("denied: POST /api/v1/problems to liaison-ipc [LIAISON]");
    }

    @Test
    void failedAuthenticationsNameTheMethodPathClientAndReasonButNeverTheToken() {
        String unknown = "tzk_" + UUID.randomUUID().toString().replace("-", "");
        String valid = world.actor("inspector").token();
        Instant start = Instant.now();
        anonymous().header("Authorization", "Bearer " + unknown).get("/api/v1/me").then().statusCode(401);
        anonymous().header("Authorization", "Basic " + unknown).get("/api/v1/problems").then().statusCode(401);
        anonymous().get("/api/v1/ledger").then().statusCode(401);
        as("inspector").get("/api/v1/accounts").then().statusCode(403);
        assertTrue(only("authentication failed: GET /api/v1/me from 127.0.0.1").contains("unknown token"));
        assertTrue(only("authentication failed: GET /api/v1/problems from 127.0.0.1").contains("not a bearer token"));
        assertTrue(only("authentication failed: GET /api/v1/ledger from 127.0.0.1").contains("no bearer token"));
        assertTimestamped(start);
        for (LogRecord r : records) {
            String text = text(r);
            assertFalse(text.contains(unknown) || text.contains(valid), () -> "a token in the log: " + text);
        }
    }

    @Test
    void aRevokedTokenIsNamedByItsIdOnly() {
        World.Actor liaison = world.liaisonOf("IPC");
        String issued = as("admin").body(Map.of("label", "to revoke"))
                .post("/api/v1/accounts/" + liaison.accountId() + "/tokens").then().statusCode(201)
                .extract().jsonPath().getString("token");
        long tokenId = as("admin").get("/api/v1/accounts/" + liaison.accountId() + "/tokens")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.label == 'to revoke' }.id");
        as("admin").delete("/api/v1/accounts/" + liaison.accountId() + "/tokens/" + tokenId).then().statusCode(204);
        anonymous().header("Authorization", "Bearer " + issued).get("/api/v1/me").then().statusCode(401);
        assertTrue(only("authentication failed: GET /api/v1/me").contains("revoked token " + tokenId));
        records.forEach(r -> assertFalse(text(r).contains(issued), () -> "a token in the log: " + text(r)));
    }

    /** The single security warning that starts with the given text. */
    private String only(String prefix) {
        List<String> lines = records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(SecurityLogTest::text).filter(t -> t.startsWith(prefix)).toList();
        assertEquals(1, lines.size(), () -> "one warning starting '" + prefix + "' in " + records.stream()
                .map(SecurityLogTest::text).toList());
        return lines.get(0);
    }

    private void assertTimestamped(Instant start) {
        records.forEach(r -> assertFalse(r.getInstant().isBefore(start), "each line carries the time it was written"));
    }

    private static String text(LogRecord r) {
        return r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
    }
}
