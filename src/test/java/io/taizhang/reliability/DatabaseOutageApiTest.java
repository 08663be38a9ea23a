package io.taizhang.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.taizhang.support.ApiTest;
import io.taizhang.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While the database cannot be reached every answer is 503 problem+json with Retry-After (never a
 * 500 or a 401), readiness is down, and both come back by themselves. The outage is made for this
 * run's database only: its connection limit drops to 0 (new connections fail, SQLSTATE 53300)
 * and the service's sessions are terminated (57P01), so other builds on the same server are not
 * touched. A failure at COMMIT is made by a deferred trigger that ends its own session.
 */
@QuarkusTest
class DatabaseOutageApiTest extends ApiTest {

    @AfterEach
    void heal() throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + c.getCatalog() + " CONNECTION LIMIT -1");
            s.execute("DROP TRIGGER IF EXISTS die_at_commit ON problem");
            s.execute("DROP FUNCTION IF EXISTS die_at_commit()");
        }
        awaitReady();
    }

    @Test
    void everyAnswerIsA503WithRetryAfterWhileTheDatabaseIsAway() throws SQLException {
        long before = problems();
        cutOff();
        for (Response r : new Response[] {
                as("inspector").get("/api/v1/problems"),
                asLiaisonOf("IPC").body(scenario.problemBody("停库时立项")).post("/api/v1/problems"),
                as("dashboard").get("/api/v1/ledger/verification")}) {
            r.then().statusCode(503).contentType(PROBLEM_JSON)
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:taizhang:error:database-unavailable"));
        }
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        heal();
        as("inspector").get("/api/v1/problems").then().statusCode(200);
        assertEquals(before, problems(), "nothing was written during the outage");
    }

    @Test
    void readinessComesBackWithinFiveSecondsOfTheDatabase() throws SQLException {
        cutOff();
        given().get("/q/health/ready").then().statusCode(503);
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + c.getCatalog() + " CONNECTION LIMIT -1");
        }
        long waited = awaitReady();
        assertTrue(waited < 5_000, "ready again after " + waited + " ms");
    }

    @Test
    void aFailureAtCommitIsA503AndARetryWithTheSameKeyWritesOnce() throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION die_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$");
            s.execute("CREATE CONSTRAINT TRIGGER die_at_commit AFTER INSERT ON problem "
                    + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION die_at_commit()");
        }
        Map<String, Object> body = scenario.problemBody("提交时断线");
        asLiaisonOf("IPC").header("Idempotency-Key", "commit-1").body(body).post("/api/v1/problems")
                .then().statusCode(503).contentType(PROBLEM_JSON).header("Retry-After", "5");
        assertEquals(0, problems(), "the transaction did not commit");
        heal();
        asLiaisonOf("IPC").header("Idempotency-Key", "commit-1").body(body).post("/api/v1/problems")
                .then().statusCode(201);
        asLiaisonOf("IPC").header("Idempotency-Key", "commit-1").body(body).post("/api/v1/problems")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(1, problems());
    }

    /** No new sessions for this database, and the service's current ones ended. */
    private static void cutOff() throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + c.getCatalog() + " CONNECTION LIMIT 0");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND usename = '" + TestDatabase.APP + "'");
        }
    }

    private static long problems() throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM problem")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Milliseconds until readiness is UP again; fails after 30 s. */
    private static long awaitReady() {
        long start = System.nanoTime();
        while (given().get("/q/health/ready").statusCode() != 200) {
            if (System.nanoTime() - start > 30_000_000_000L) {
                throw new AssertionError("readiness still down after 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
