package io.taizhang.dashboard;

import io.taizhang.problems.Category;
import io.taizhang.problems.KeyArea;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.problems.WorkLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads problem facts and the ledger feed with plain JDBC: the dashboard reads many narrow rows
 * and needs no entities. Native SQL because the feed position is PostgreSQL's transaction id
 * (see {@code LedgerFeed}) and the counts of urges and relapses are aggregates.
 */
@ApplicationScoped
class FactsLoader {

    /** A position in the global feed: (tx_id, id), the feed's order. */
    record Position(long tx, long id) {
    }

    /** The problems named by feed entries after a position, and the position after them. */
    record Changes(Set<Long> problemIds, Position next, boolean more) {
    }

    private static final String COLUMNS = """
            SELECT p.id, p.unit_id, p.campaign_id, p.meeting_id, p.category, p.work_line, p.key_areas, p.status,
                   p.created_at, p.closed_at, p.original_deadline, p.deadline, p.measure_count, p.measures_done,
                   p.light_yellow_at, p.light_red_at, p.escalated_at IS NOT NULL,
                   COALESCE(u.n, 0), COALESCE(l.n, 0)
            FROM problem p""";

    private static final String ALL = COLUMNS + """

            LEFT JOIN (SELECT problem_id, count(*) AS n FROM urge WHERE replied_at IS NULL GROUP BY problem_id) u
                   ON u.problem_id = p.id
            LEFT JOIN (SELECT problem_id, count(*) AS n FROM look_back WHERE status = 'RELAPSED' GROUP BY problem_id) l
                   ON l.problem_id = p.id""";

    private static final String SOME = COLUMNS + """

            LEFT JOIN LATERAL (SELECT count(*) AS n FROM urge WHERE problem_id = p.id AND replied_at IS NULL) u ON true
            LEFT JOIN LATERAL (SELECT count(*) AS n FROM look_back WHERE problem_id = p.id AND status = 'RELAPSED') l
                   ON true
            WHERE p.id = ANY (?)""";

    /** Only transactions older than every running one: nothing can commit later before this position. */
    private static final String FEED = """
            SELECT e.tx_id::text, e.id, e.problem_id FROM ledger_entry e
            WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
              AND (e.tx_id, e.id) > (CAST(CAST(? AS text) AS xid8), ?)
            ORDER BY e.tx_id, e.id LIMIT ?""";

    /**
     * Entries already committed above the horizon: the horizon waits for the oldest transaction
     * still running anywhere in the cluster, so a write that committed a moment ago is often above it.
     */
    private static final String RECENT = """
            SELECT DISTINCT e.problem_id FROM (
                SELECT problem_id FROM ledger_entry
                WHERE tx_id >= pg_snapshot_xmin(pg_current_snapshot())
                  AND (tx_id, id) > (CAST(CAST(? AS text) AS xid8), ?)
                ORDER BY tx_id, id LIMIT ?) e""";

    /** Every entry of a transaction below this horizon has committed. */
    Position horizon(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
                ResultSet r = s.executeQuery()) {
            r.next();
            return new Position(Long.parseLong(r.getString(1)) - 1, Long.MAX_VALUE);
        }
    }

    void all(Connection c, ZoneId zone, Consumer<ProblemFacts> sink) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ALL)) {
            s.setFetchSize(5_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(facts(r, zone));
                }
            }
        }
    }

    List<ProblemFacts> some(Connection c, ZoneId zone, Collection<Long> ids) throws SQLException {
        List<ProblemFacts> facts = new ArrayList<>(ids.size());
        try (PreparedStatement s = c.prepareStatement(SOME)) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    facts.add(facts(r, zone));
                }
            }
        }
        return facts;
    }

    Changes changesAfter(Connection c, Position after, int limit) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        Position last = after;
        int rows = 0;
        try (PreparedStatement s = c.prepareStatement(FEED)) {
            s.setString(1, Long.toString(after.tx()));
            s.setLong(2, after.id());
            s.setInt(3, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    last = new Position(Long.parseLong(r.getString(1)), r.getLong(2));
                    ids.add(r.getLong(3));
                    rows++;
                }
            }
        }
        return new Changes(ids, last, rows == limit);
    }

    /** The problems named by committed entries above the horizon, or none when there are more than {@code limit}. */
    Set<Long> recentAbove(Connection c, Position after, int limit) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement(RECENT)) {
            s.setString(1, Long.toString(after.tx()));
            s.setLong(2, after.id());
            s.setInt(3, limit + 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids.size() > limit ? Set.of() : ids;
    }

    private static ProblemFacts facts(ResultSet r, ZoneId zone) throws SQLException {
        Set<KeyArea> areas = EnumSet.noneOf(KeyArea.class);
        for (Object area : (Object[]) r.getArray(7).getArray()) {
            areas.add(KeyArea.valueOf((String) area));
        }
        long meeting = r.getLong(4);
        Long meetingId = r.wasNull() ? null : meeting;
        return new ProblemFacts(r.getLong(1), r.getLong(2), r.getLong(3), meetingId,
                Category.valueOf(r.getString(5)), WorkLine.valueOf(r.getString(6)), areas,
                ProblemStatus.valueOf(r.getString(8)), day(r, 9, zone), day(r, 10, zone),
                r.getObject(11, LocalDate.class), r.getObject(12, LocalDate.class), r.getInt(13), r.getInt(14),
                instant(r, 15), instant(r, 16), r.getBoolean(17), r.getInt(18), r.getInt(19));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate day(ResultSet r, int column, ZoneId zone) throws SQLException {
        Instant t = instant(r, column);
        return t == null ? null : LocalDate.ofInstant(t, zone);
    }
}
