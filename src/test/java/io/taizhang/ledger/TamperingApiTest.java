package io.taizhang.ledger;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import io.taizhang.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Someone with database superpowers alters the ledger; the verification endpoints name the entry. */
@QuarkusTest
class TamperingApiTest extends ApiTest {

    @Test
    void alteredEntryIsReportedExactly() throws SQLException {
        long problem = scenario.rectifiedProblem("IPC");
        long untouched = scenario.rectifiedProblem("CC1");
        var third = as("inspector").get("/api/v1/problems/" + problem + "/ledger").then().extract().jsonPath();
        long entryId = third.getLong("[2].id");

        bypassTriggers("UPDATE ledger_entry SET reason = '事后补写的理由' WHERE id = " + entryId);

        as("inspector").get("/api/v1/problems/" + problem + "/ledger/verification").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBroken.entryId", equalTo((int) entryId))
                .body("firstBroken.seq", equalTo(3))
                .body("firstBroken.reason", equalTo("HASH_MISMATCH"));
        as("inspector").get("/api/v1/problems/" + untouched + "/ledger/verification").then().body("intact", equalTo(true));
        as("steering").get("/api/v1/ledger/verification").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("problemsChecked", equalTo(2))
                .body("broken", hasSize(1))
                .body("broken[0].problemId", equalTo((int) problem))
                .body("broken[0].firstBroken.entryId", equalTo((int) entryId));
    }

    @Test
    void deletedLastEntryIsFoundAgainstTheHead() throws SQLException {
        long problem = scenario.rectifiedProblem("IPC");
        bypassTriggers("DELETE FROM ledger_entry WHERE problem_id = " + problem
                + " AND seq = (SELECT max(seq) FROM ledger_entry WHERE problem_id = " + problem + ")");
        as("inspector").get("/api/v1/problems/" + problem + "/ledger/verification").then()
                .body("intact", equalTo(false)).body("firstBroken.reason", equalTo("MISSING_TAIL"));
    }

    @Test
    void withoutBypassingTriggersTheDatabaseRefusesToChangeTheLedger() throws SQLException {
        scenario.fileProblem("IPC");
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE ledger_entry SET reason = 'x'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM ledger_entry"));
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE ledger_entry CASCADE"));
        }
        as("inspector").get("/api/v1/ledger/verification").then().body("intact", equalTo(true));
    }

    private static void bypassTriggers(String sql) throws SQLException {
        try (Connection c = TestDatabase.superuser()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                s.executeUpdate(sql);
            }
            c.commit();
        }
    }
}
