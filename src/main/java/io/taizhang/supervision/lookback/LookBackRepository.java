package io.taizhang.supervision.lookback;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.taizhang.supervision.Where;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LookBackRepository implements PanacheRepositoryBase<LookBack, Long> {

    public Optional<LookBack> pendingOf(long problemId) {
        return find("problemId = ?1 and status = ?2", problemId, LookBack.Status.PENDING).firstResultOptional();
    }

    public List<LookBack> ofProblem(long problemId) {
        return list("problemId = ?1 order by id", problemId);
    }

    /** One page of the filtered look-backs, newest first (keyset on id). */
    public List<LookBack> search(Long unitId, LookBackState state, LocalDate today, int graceDays, Long afterId,
            int limit) {
        Where where = new Where().and("unitId = ?", unitId);
        if (state != null) {
            switch (state) {
                case CONSOLIDATED, RELAPSED -> where.and("status = ?", LookBack.Status.valueOf(state.name()));
                case SCHEDULED -> where.and("status = ?", LookBack.Status.PENDING).and("dueOn > ?", today);
                case DUE -> where.and("status = ?", LookBack.Status.PENDING).and("dueOn <= ?", today)
                        .and("dueOn >= ?", today.minusDays(graceDays));
                case OVERDUE -> where.and("status = ?", LookBack.Status.PENDING)
                        .and("dueOn < ?", today.minusDays(graceDays));
            }
        }
        where.and("id < ?", afterId);
        return find(where.orderBy("id desc"), where.params()).page(0, limit + 1).list();
    }
}
