package io.taizhang.dashboard;

import io.taizhang.ledger.LedgerKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads the ledger up to an instant, problem by problem in chain order, and hands each replayed
 * problem to a visitor with every entry it applied. Only the kinds that change what the dashboard
 * counts are read, and JSON fields are picked out by PostgreSQL, so a replay is one index scan of
 * the ledger ({@code problem_id, seq}) that parses no JSON in Java.
 */
@ApplicationScoped
class LedgerReplay {

    /** Sees a problem's entries one by one (before each is applied) and the problem after the last. */
    interface Visitor {
        default void before(ReplayedProblem p, ReplayedProblem.Entry next) {
        }

        void after(ReplayedProblem p);
    }

    private static final String SQL = """
            SELECT e.problem_id, e.measure_id, e.kind, e.occurred_at,
                   (e.changes->>'unitId')::bigint, (e.changes->>'campaignId')::bigint,
                   (%1$s)::bigint, %2$s, %3$s, (%4$s)::text, %5$s, %6$s, (%7$s)::integer,
                   e.changes->'lookBack'->>'outcome'
            FROM ledger_entry e
            WHERE e.occurred_at < ? AND (CAST(? AS bigint) IS NULL OR e.unit_id = ?)
              AND e.kind IN ('PROBLEM_FILED', 'PROBLEM_UPDATED', 'STATUS_CHANGED', 'CLOSE_OUT_REQUESTED',
                  'VERIFICATION_RECORDED', 'PROBLEM_REOPENED', 'RETURNED_FOR_REVISION', 'RESUBMITTED', 'MEASURE_ADDED',
                  'PROGRESS_REPORTED', 'MEASURE_COMPLETED', 'MEASURE_REOPENED', 'EXTENSION_APPROVED', 'URGE_SENT',
                  'URGE_REPLIED', 'ESCALATED', 'DEESCALATED')
            ORDER BY e.problem_id, e.seq""".formatted(after("meetingId"), after("category"), after("workLine"),
            afterJson("keyAreas"), after("status"), after("deadline"), after("progressPercent"));

    private final DataSource dataSource;

    LedgerReplay(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Replays every problem of the unit (null: of all units) from the entries written before {@code until}. */
    void replay(Instant until, Long unitId, Visitor visitor) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement(SQL)) {
                s.setFetchSize(5_000);
                s.setTimestamp(1, Timestamp.from(until));
                s.setObject(2, unitId);
                s.setObject(3, unitId);
                try (ResultSet r = s.executeQuery()) {
                    ReplayedProblem current = null;
                    while (r.next()) {
                        ReplayedProblem.Entry e = entry(r);
                        if (current == null || current.id != e.problemId()) {
                            finish(current, visitor);
                            current = new ReplayedProblem(e.problemId());
                        }
                        visitor.before(current, e);
                        current.apply(e);
                    }
                    finish(current, visitor);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot replay the ledger", e);
        }
    }

    private static void finish(ReplayedProblem p, Visitor visitor) {
        if (p != null && p.filed()) {
            visitor.after(p);
        }
    }

    /** A field's new value: {"after": …} for a change, the plain value for a new record's field. */
    private static String after(String field) {
        return "CASE jsonb_typeof(e.changes->'%1$s') WHEN 'object' THEN e.changes->'%1$s'->>'after' ELSE e.changes->>'%1$s' END"
                .formatted(field);
    }

    private static String afterJson(String field) {
        return "CASE jsonb_typeof(e.changes->'%1$s') WHEN 'object' THEN e.changes->'%1$s'->'after' ELSE e.changes->'%1$s' END"
                .formatted(field);
    }

    private static ReplayedProblem.Entry entry(ResultSet r) throws SQLException {
        return new ReplayedProblem.Entry(r.getLong(1), nullableLong(r, 2), LedgerKind.valueOf(r.getString(3)),
                r.getObject(4, OffsetDateTime.class).toInstant(), nullableLong(r, 5), nullableLong(r, 6),
                nullableLong(r, 7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                (Integer) r.getObject(13), r.getString(14));
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }
}
