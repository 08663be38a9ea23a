package io.taizhang.supervision.urges;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.taizhang.supervision.Where;
import io.taizhang.supervision.urges.UrgeDtos.UnitUrgeStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class UrgeRepository implements PanacheRepositoryBase<Urge, Long> {

    public List<Urge> ofProblem(long problemId) {
        return list("problemId = ?1 order by id", problemId);
    }

    /** One page, newest first (keyset on id). */
    public List<Urge> search(Long unitId, UrgeState state, LocalDate today, Long afterId, int limit) {
        Where where = new Where().and("unitId = ?", unitId);
        if (state != null) {
            switch (state) {
                case OPEN -> where.and("repliedAt is null and replyBy >= ?", today);
                case OVERDUE -> where.and("repliedAt is null and replyBy < ?", today);
                case ANSWERED -> where.and("repliedLate = ?", false);
                case ANSWERED_LATE -> where.and("repliedLate = ?", true);
            }
        }
        where.and("id < ?", afterId);
        return find(where.orderBy("id desc"), where.params()).page(0, limit + 1).list();
    }

    /**
     * Per-unit figures in one pass over the urges. Native SQL for the FILTER aggregates and the
     * median (percentile_cont), which JPQL lacks. A unit id of null means every unit.
     */
    public List<UnitUrgeStatistics> statistics(Long unitId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT u.unit_id, unit.code, count(*),
                       count(*) FILTER (WHERE u.replied_at IS NULL),
                       count(*) FILTER (WHERE u.replied_at IS NULL AND u.reply_by < ?1),
                       count(*) FILTER (WHERE u.replied_at IS NOT NULL),
                       count(*) FILTER (WHERE u.replied_late),
                       avg(extract(epoch FROM u.replied_at - u.sent_at)),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM u.replied_at - u.sent_at)),
                       max(extract(epoch FROM u.replied_at - u.sent_at))
                FROM urge u JOIN unit ON unit.id = u.unit_id
                WHERE ?2 = 0 OR u.unit_id = ?2
                GROUP BY u.unit_id, unit.code
                ORDER BY unit.code""")
                .setParameter(1, today)
                .setParameter(2, unitId == null ? 0L : unitId)
                .getResultList();
        return rows.stream().map(r -> new UnitUrgeStatistics(((Number) r[0]).longValue(), (String) r[1],
                count(r[2]), count(r[3]), count(r[4]), count(r[5]), count(r[6]), UrgeDtos.hours((Number) r[7]),
                UrgeDtos.hours((Number) r[8]), UrgeDtos.hours((Number) r[9]))).toList();
    }

    private static long count(Object n) {
        return ((Number) n).longValue();
    }
}
