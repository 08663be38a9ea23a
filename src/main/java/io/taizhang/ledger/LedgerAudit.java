package io.taizhang.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taizhang.ledger.ChainVerifier.BrokenEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Verifies hash chains: one problem's, or the whole ledger's. The whole ledger is streamed in
 * (problem, seq) order over a plain JDBC cursor so that 1.5 million entries need constant memory.
 */
@ApplicationScoped
public class LedgerAudit {

    public static final int MAX_REPORTED = 100;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String ENTRIES = """
            SELECT e.id, e.problem_id, e.seq, e.measure_id, e.unit_id, e.occurred_at, e.actor_account_id,
                   e.actor_name, e.actor_role, e.kind, e.changes::text, e.reason, e.prev_hash, e.hash
            FROM ledger_entry e %s ORDER BY e.problem_id, e.seq""";

    public record ChainReport(long problemId, String ledgerNumber, int entries, boolean intact, String headHash,
            BrokenEntry firstBroken) {
    }

    public record LedgerReport(long problemsChecked, long entriesChecked, boolean intact, List<ChainReport> broken) {
    }

    private record Head(long problemId, String ledgerNumber, int seq, String hash) {
    }

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public LedgerAudit(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    public ChainReport verifyProblem(long problemId) {
        try (Connection c = dataSource.getConnection()) {
            Head head = heads(c, "WHERE id = ?", problemId).get(0);
            ChainVerifier verifier = new ChainVerifier();
            try (PreparedStatement s = c.prepareStatement(ENTRIES.formatted("WHERE e.problem_id = ?"))) {
                s.setLong(1, problemId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next() && verifier.accept(entry(rows))) {
                        // keep walking while intact
                    }
                }
            }
            return report(head, verifier);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public LedgerReport verifyAll() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            List<ChainReport> broken = new ArrayList<>();
            long problems = 0;
            long entries = 0;
            // heads are read first; entries appended after this point are simply not checked
            List<Head> heads = heads(c, "ORDER BY id", null);
            try (PreparedStatement s = c.prepareStatement(ENTRIES.formatted(""))) {
                s.setFetchSize(2_000);
                try (ResultSet rows = s.executeQuery()) {
                    boolean more = rows.next();
                    for (Head head : heads) {
                        ChainVerifier verifier = new ChainVerifier();
                        while (more && rows.getLong(2) < head.problemId()) {
                            more = rows.next();
                        }
                        while (more && rows.getLong(2) == head.problemId()) {
                            if (rows.getInt(3) <= head.seq()) {
                                verifier.accept(entry(rows));
                            }
                            entries++;
                            more = rows.next();
                        }
                        problems++;
                        ChainReport report = report(head, verifier);
                        if (!report.intact() && broken.size() < MAX_REPORTED) {
                            broken.add(report);
                        }
                    }
                }
            }
            c.commit();
            return new LedgerReport(problems, entries, broken.isEmpty(), broken);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChainReport report(Head head, ChainVerifier verifier) {
        BrokenEntry broken = verifier.finish(head.seq(), head.hash());
        return new ChainReport(head.problemId(), head.ledgerNumber(), verifier.checked(), broken == null, head.hash(),
                broken);
    }

    private static List<Head> heads(Connection c, String where, Long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, ledger_number, ledger_seq, ledger_head FROM problem " + where)) {
            if (id != null) {
                s.setLong(1, id);
            }
            List<Head> heads = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    heads.add(new Head(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getString(4)));
                }
            }
            return heads;
        }
    }

    private LedgerEntry entry(ResultSet row) throws SQLException {
        LedgerEntry e = new LedgerEntry();
        e.id = row.getLong(1);
        e.problemId = row.getLong(2);
        e.seq = row.getInt(3);
        long measure = row.getLong(4);
        e.measureId = row.wasNull() ? null : measure;
        e.unitId = row.getLong(5);
        e.occurredAt = row.getTimestamp(6).toInstant();
        e.actorAccountId = row.getLong(7);
        e.actorName = row.getString(8);
        e.actorRole = row.getString(9);
        e.kind = row.getString(10);
        try {
            e.changes = mapper.readValue(row.getString(11), MAP);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        e.reason = row.getString(12);
        e.prevHash = row.getString(13);
        e.hash = row.getString(14);
        return e;
    }
}
