package io.taizhang.supervision.escalation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.taizhang.supervision.Where;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<Escalation, Long> {

    /**
     * Inserts an escalation unless the same trigger was seen before or the problem already has an
     * open one: both are unique indexes, and ON CONFLICT DO NOTHING makes a second evaluation of the
     * same facts (on this instance or another) a no-op instead of an error. Returns the new id.
     */
    public Optional<Long> insertUnlessKnown(long problemId, long unitId, Long measureId, EscalationRule rule,
            String triggerKey, EscalationStatus status, long proposedBy, Instant at) {
        @SuppressWarnings("unchecked")
        NativeQuery<Number> insert = getEntityManager().createNativeQuery("""
                INSERT INTO escalation (id, problem_id, unit_id, measure_id, rule, trigger_key, status, proposed_by,
                                        proposed_at)
                VALUES (nextval('escalation_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                ON CONFLICT DO NOTHING
                RETURNING id""").unwrap(NativeQuery.class);
        // typed, because a null measure id alone tells the driver nothing
        insert.setParameter(3, measureId, Long.class);
        List<Number> id = insert.setParameter(1, problemId).setParameter(2, unitId)
                .setParameter(4, rule.name()).setParameter(5, triggerKey).setParameter(6, status.name())
                .setParameter(7, proposedBy).setParameter(8, Timestamp.from(at))
                .getResultList();
        return id.stream().findFirst().map(Number::longValue);
    }

    public Optional<Escalation> openOf(long problemId) {
        return find("problemId = ?1 and status in ?2", problemId,
                List.of(EscalationStatus.PROPOSED, EscalationStatus.ACTIVE)).firstResultOptional();
    }

    public List<Escalation> ofProblem(long problemId) {
        return list("problemId = ?1 order by id", problemId);
    }

    public List<Escalation> active(Long unitId) {
        Where where = new Where().and("status = ?", EscalationStatus.ACTIVE).and("unitId = ?", unitId);
        return list(where.orderBy("id"), where.params());
    }

    /** One page, newest first (keyset on id). */
    public List<Escalation> search(Long unitId, EscalationStatus status, Long afterId, int limit) {
        Where where = new Where().and("unitId = ?", unitId).and("status = ?", status).and("id < ?", afterId);
        return find(where.orderBy("id desc"), where.params()).page(0, limit + 1).list();
    }
}
