package io.taizhang.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import io.taizhang.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each committed ledger entry leaves one INFO line saying which entry, of which problem, of what
 * kind, by which account; a write refused before commit leaves none; no line carries a token.
 */
@QuarkusTest
class LedgerLogTest extends ApiTest {

    private final Logger ledger = Logger.getLogger("io.taizhang.ledger");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            lines.add(r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage());
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
        ledger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        ledger.removeHandler(capture);
    }

    @Test
    void everyAppendedEntryIsLoggedOnceWithItsAccountProblemKindAndId() throws SQLException {
        long problemId = scenario.fileProblem("IPC");
        scenario.addMeasure("IPC", problemId);
        List<String> appends = lines.stream().filter(l -> l.startsWith("ledger append: ")).toList();
        List<String> expected = entries(problemId);
        assertEquals(expected.size(), appends.size(), () -> "one line per entry: " + appends);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), appends.get(i));
        }
        long liaison = world.liaisonOf("IPC").accountId();
        assertTrue(appends.get(0).endsWith("by account " + liaison + " [LIAISON]"), appends.get(0));
        String token = world.liaisonOf("IPC").token();
        lines.forEach(l -> assertFalse(l.contains(token) || l.contains("tzk_"), l));
    }

    @Test
    void aRefusedWriteLogsNoAppend() {
        var body = scenario.problemBody("无权立项");
        body.put("unitId", world.units.get("CC1"));
        scenario.file("IPC", body).statusCode(403);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("ledger append: ")), lines::toString);
    }

    /** The log line each entry of the problem's chain should have produced, in order. */
    private static List<String> entries(long problemId) throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, seq, kind, actor_account_id, actor_role FROM ledger_entry "
                        + "WHERE problem_id = " + problemId + " ORDER BY seq")) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) {
                out.add("ledger append: entry " + r.getLong(1) + " (problem " + problemId + " seq " + r.getLong(2) + ") "
                        + r.getString(3) + " by account " + r.getLong(4) + " [" + r.getString(5) + "]");
            }
            return out;
        }
    }
}
