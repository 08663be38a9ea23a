package io.taizhang.problems;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.taizhang.common.http.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ProblemRepository implements PanacheRepositoryBase<Problem, Long> {

    /** Loads the problem row FOR UPDATE: every write to a problem and its chain goes through here. */
    public Optional<Problem> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * One page of the filtered list. Native SQL because the keyset seek needs a row comparison,
     * the key-area filter an array containment and the text filter the trigram index's expression.
     */
    public List<Problem> search(ProblemFilter f, ProblemSort sort, String cursor, int limit, Instant now, LocalDate today) {
        List<String> after = Cursor.decode(cursor, sort.param(), 2);
        StringBuilder sql = new StringBuilder("SELECT p.* FROM problem p WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        where(sql, params, "p.unit_id = :unit", "unit", f.unitId());
        where(sql, params, "p.campaign_id = :campaign", "campaign", f.campaignId());
        where(sql, params, "p.meeting_id = :meeting", "meeting", f.meetingId());
        where(sql, params, "p.status = :status", "status", name(f.status()));
        where(sql, params, "p.category = :category", "category", name(f.category()));
        where(sql, params, "p.work_line = :workLine", "workLine", name(f.workLine()));
        where(sql, params, "p.severity = :severity", "severity", name(f.severity()));
        where(sql, params, "p.key_areas @> ARRAY[CAST(:keyArea AS text)]", "keyArea", name(f.keyArea()));
        where(sql, params, "p.deadline < :deadlineBefore", "deadlineBefore", f.deadlineBefore());
        where(sql, params, "p.deadline > :deadlineAfter", "deadlineAfter", f.deadlineAfter());
        where(sql, params, "p.updated_at >= :updatedSince", "updatedSince",
                f.updatedSince() == null ? null : Timestamp.from(f.updatedSince()));
        where(sql, params, "(p.title || ' ' || p.description) ILIKE :text", "text", likePattern(f.text()));
        if (f.priority() != null) {
            sql.append(f.priority() ? " AND cardinality(p.key_areas) > 0" : " AND cardinality(p.key_areas) = 0");
        }
        if (f.overdue() != null) {
            String column = f.overdueAgainst() == DeadlineBasis.ORIGINAL ? "p.original_deadline" : "p.deadline";
            String overdue = "(" + column + " < :today AND p.status <> 'CLOSED')";
            sql.append(f.overdue() ? " AND " + overdue : " AND NOT " + overdue);
            params.put("today", today);
        }
        if (f.light() != null) {
            // the same rule as Thresholds.lightAt, over the stored thresholds (yellow_at <= red_at)
            sql.append(switch (f.light()) {
                case RED -> " AND p.light_red_at <= :now";
                case YELLOW -> " AND p.light_yellow_at <= :now AND p.light_red_at > :now";
                case GREEN -> " AND p.light_yellow_at > :now";
            });
            params.put("now", Timestamp.from(now));
        }
        if (f.escalated() != null) {
            sql.append(f.escalated() ? " AND p.escalated_at IS NOT NULL" : " AND p.escalated_at IS NULL");
        }
        if (after != null) {
            sql.append(sort.seek());
            params.put("sortKey", sort.parseKey(after.get(0)));
            params.put("sortId", parseId(after.get(1)));
        }
        sql.append(sort.orderBy()).append(" LIMIT :limit");
        params.put("limit", limit + 1);
        Query query = getEntityManager().createNativeQuery(sql.toString(), Problem.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Problem> rows = query.getResultList();
        return rows;
    }

    private static void where(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
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
