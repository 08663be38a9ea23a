package io.taizhang.problems;

import io.taizhang.common.http.Cursor;
import io.taizhang.common.jdbc.Detached;
import io.taizhang.common.jdbc.Rows;
import io.taizhang.supervision.lights.TrafficLight;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The read side of problems in plain JDBC: lists, export batches and the detail view map rows
 * into detached {@link Problem} objects. Writes still load managed entities through
 * {@link ProblemRepository#lock}; nothing read here is ever written back.
 */
@ApplicationScoped
public class ProblemReader {

    private static final String COLUMNS = """
            p.id, p.ledger_number, p.unit_id, p.campaign_id, p.meeting_id, p.title, p.description, p.category,
            p.work_line, p.source, p.key_areas, p.severity, p.responsible_person, p.original_deadline, p.deadline,
            p.status, p.filed_by, p.created_at, p.updated_at, p.closed_at, p.measure_count, p.measures_done,
            p.light_yellow_at, p.light_red_at, p.light_seen, p.escalated_at, p.revision_cycles, p.version,
            p.ledger_seq, p.ledger_head""";

    private final DataSource dataSource;

    public ProblemReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One problem, on a connection the caller holds (the detail reads its measures and entries on it too). */
    public Optional<Problem> find(Connection c, long id) {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM problem p WHERE p.id = ?", List.of(id), ProblemReader::read,
                "reading a problem").stream().findFirst();
    }

    /**
     * One page of the filtered list, one row more than {@code limit} (so the caller knows whether
     * there is a next page). The keyset seek needs a row comparison, the key-area filter an array
     * containment and the text filter the trigram index's expression.
     */
    public List<Problem> search(ProblemFilter f, ProblemSort sort, String cursor, int limit, Instant now, LocalDate today) {
        List<String> after = Cursor.decode(cursor, sort.param(), 2);
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM problem p WHERE true");
        List<Object> params = new ArrayList<>();
        where(sql, params, "p.unit_id = ?", f.unitId());
        where(sql, params, "p.campaign_id = ?", f.campaignId());
        where(sql, params, "p.meeting_id = ?", f.meetingId());
        where(sql, params, "p.status = ?", name(f.status()));
        where(sql, params, "p.category = ?", name(f.category()));
        where(sql, params, "p.work_line = ?", name(f.workLine()));
        where(sql, params, "p.severity = ?", name(f.severity()));
        where(sql, params, "p.key_areas @> ARRAY[CAST(? AS text)]", name(f.keyArea()));
        where(sql, params, "p.deadline < ?", f.deadlineBefore());
        where(sql, params, "p.deadline > ?", f.deadlineAfter());
        where(sql, params, "p.updated_at >= ?", f.updatedSince());
        where(sql, params, "(p.title || ' ' || p.description) ILIKE ?", likePattern(f.text()));
        if (f.priority() != null) {
            sql.append(f.priority() ? " AND cardinality(p.key_areas) > 0" : " AND cardinality(p.key_areas) = 0");
        }
        if (f.overdue() != null) {
            String column = f.overdueAgainst() == DeadlineBasis.ORIGINAL ? "p.original_deadline" : "p.deadline";
            String overdue = "(" + column + " < ? AND p.status <> 'CLOSED')";
            sql.append(f.overdue() ? " AND " + overdue : " AND NOT " + overdue);
            params.add(today);
        }
        if (f.light() != null) {
            // the same rule as Thresholds.lightAt, over the stored thresholds (yellow_at <= red_at)
            switch (f.light()) {
                case RED -> sql.append(" AND p.light_red_at <= ?");
                case YELLOW -> {
                    sql.append(" AND p.light_yellow_at <= ? AND p.light_red_at > ?");
                    params.add(now);
                }
                case GREEN -> sql.append(" AND p.light_yellow_at > ?");
            }
            params.add(now);
        }
        if (f.escalated() != null) {
            sql.append(f.escalated() ? " AND p.escalated_at IS NOT NULL" : " AND p.escalated_at IS NULL");
        }
        if (after != null) {
            sql.append(sort.seek());
            params.add(sort.parseKey(after.get(0)));
            params.add(parseId(after.get(1)));
        }
        // the row count goes into the text, not a parameter: with LIMIT ? PostgreSQL cannot cost a
        // generic plan (it assumes a tenth of the rows), so it re-plans every execution (~100 us)
        // and picks each plan for the values at hand, e.g. a 3,800-row walk of the newest-first
        // index for the commonest status instead of the (status, created_at) index (README
        // "Benchmarks"). Limits are bounded integers, so there are few such statements.
        sql.append(sort.orderBy()).append(" LIMIT ").append(Math.addExact(limit, 1));
        return query(sql.toString(), params);
    }

    private List<Problem> query(String sql, List<Object> params) {
        return Rows.list(dataSource, sql, params, ProblemReader::read, "reading problems");
    }

    private static Problem read(ResultSet rs) throws SQLException {
        Problem p = Detached.untracked(new Problem());
        p.id = rs.getLong(1);
        p.ledgerNumber = rs.getString(2);
        p.unitId = rs.getLong(3);
        p.campaignId = rs.getLong(4);
        p.meetingId = Rows.nullableLong(rs, 5);
        p.title = rs.getString(6);
        p.description = rs.getString(7);
        p.category = Category.valueOf(rs.getString(8));
        p.workLine = WorkLine.valueOf(rs.getString(9));
        p.source = Source.valueOf(rs.getString(10));
        p.keyAreas = Rows.textArray(rs, 11);
        p.severity = Severity.valueOf(rs.getString(12));
        p.responsiblePerson = rs.getString(13);
        p.originalDeadline = Rows.date(rs, 14);
        p.deadline = Rows.date(rs, 15);
        p.status = ProblemStatus.valueOf(rs.getString(16));
        p.filedBy = rs.getLong(17);
        p.createdAt = Rows.instant(rs, 18);
        p.updatedAt = Rows.instant(rs, 19);
        p.closedAt = Rows.instant(rs, 20);
        p.measureCount = rs.getInt(21);
        p.measuresDone = rs.getInt(22);
        p.lightYellowAt = Rows.instant(rs, 23);
        p.lightRedAt = Rows.instant(rs, 24);
        p.lightSeen = Rows.enumOf(TrafficLight.class, rs.getString(25));
        p.escalatedAt = Rows.instant(rs, 26);
        p.revisionCycles = rs.getInt(27);
        p.version = rs.getInt(28);
        p.ledgerSeq = rs.getInt(29);
        p.ledgerHead = rs.getString(30);
        return p;
    }

    private static void where(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.add(value);
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw io.taizhang.common.errors.ApiException.invalid("cursor", "is not a cursor this service issued");
        }
    }

    /** A substring pattern with LIKE's wildcards escaped, so "100%" finds "100%". */
    static String likePattern(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
