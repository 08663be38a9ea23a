package io.taizhang.supervision.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Which problems the evaluation must visit, found with native SQL over the stored thresholds
 * (set operations and IS DISTINCT FROM, which JPQL lacks). Both lists are ordered by id so that
 * instances lock problems in the same order. Each read is a transaction of its own: the
 * evaluation also runs on scheduler threads, outside any request.
 */
@ApplicationScoped
public class EvaluationCandidates {

    /** The light at :now from the stored thresholds: the same rule as Thresholds.lightAt. */
    private static final String LIGHT = """
            CASE WHEN %1$s.light_red_at IS NULL THEN NULL WHEN %1$s.light_red_at <= ?1 THEN 'RED'
                 WHEN %1$s.light_yellow_at <= ?1 THEN 'YELLOW' ELSE 'GREEN' END""";

    private final EntityManager em;

    public EvaluationCandidates(EntityManager em) {
        this.em = em;
    }

    /** Problems whose light, or a measure's light, differs from what was last observed. */
    @Transactional
    public List<Long> unobservedLights(Instant now) {
        return ids(em.createNativeQuery("SELECT p.id FROM problem p WHERE (" + LIGHT.formatted("p")
                + ") IS DISTINCT FROM p.light_seen UNION SELECT m.problem_id FROM measure m WHERE ("
                + LIGHT.formatted("m") + ") IS DISTINCT FROM m.light_seen ORDER BY 1")
                .setParameter(1, Timestamp.from(now)).getResultList());
    }

    /**
     * Problems where a rule may fire and no escalation is open: RED since before {@code redBefore}
     * (the problem's red instant is the earliest of its items'), or a measure YELLOW or worse that
     * has turned YELLOW at least {@code spells} times. The rules themselves decide (EscalationRules).
     */
    @Transactional
    public List<Long> escalation(Instant now, Instant redBefore, int spells) {
        return ids(em.createNativeQuery("""
                SELECT id FROM problem WHERE light_red_at < ?2
                UNION
                SELECT problem_id FROM measure WHERE yellow_spells >= ?3 AND light_yellow_at <= ?1
                EXCEPT
                SELECT problem_id FROM escalation WHERE status IN ('PROPOSED', 'ACTIVE')
                ORDER BY 1""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(redBefore)).setParameter(3, spells)
                .getResultList());
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
