package io.taizhang.supervision.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.measures.Measure;
import io.taizhang.problems.Problem;
import io.taizhang.supervision.lights.LightKeeper;
import io.taizhang.supervision.lights.LightSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Stored light thresholds depend on the light settings (window, margin, time zone). When an
 * instance starts, and before every evaluation, the fingerprint of its settings is compared with
 * the one the thresholds were computed with; on a difference every threshold is recomputed in
 * batches and the new fingerprint stored. An advisory lock held by the recomputing transaction
 * keeps a second instance from doing the same work at the same time; if the instance dies the lock
 * goes with its connection, and the next start or evaluation finds the old fingerprint and redoes it.
 * Until then lists and details keep agreeing: both read the same stored thresholds. At start-up the
 * check runs in the background, so a long recompute (about two minutes for 100,000 problems and
 * 300,000 measures on a two-core machine) does not hold back readiness.
 */
@ApplicationScoped
public class LightSettingsGuard {

    static final String SETTING = "light-thresholds";
    private static final long LOCK_KEY = 0x7a6c_6967_6874L;
    private static final int BATCH = 500;
    private static final int RECOMPUTE_TIMEOUT_SECONDS = 3600;
    private static final Logger LOG = Logger.getLogger(LightSettingsGuard.class);

    private final EntityManager em;
    private final LightKeeper lights;
    private final LightSettings settings;
    private final BusinessCalendar calendar;
    private final ManagedExecutor executor;

    public LightSettingsGuard(EntityManager em, LightKeeper lights, LightSettings settings, BusinessCalendar calendar,
            ManagedExecutor executor) {
        this.em = em;
        this.lights = lights;
        this.settings = settings;
        this.calendar = calendar;
        this.executor = executor;
    }

    void onStart(@Observes StartupEvent event) {
        executor.runAsync(this::ensureCurrent).exceptionally(failure -> {
            LOG.warn("could not check the light settings at start-up; the next evaluation will", failure);
            return null;
        });
    }

    /** Recomputes every stored threshold if the settings changed; returns how many problems were recomputed. */
    public int ensureCurrent() {
        String wanted = settings.fingerprint();
        if (wanted.equals(QuarkusTransaction.requiringNew().call(this::stored))) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().timeout(RECOMPUTE_TIMEOUT_SECONDS).call(() -> {
            boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK_KEY).getSingleResult();
            if (!mine || wanted.equals(stored())) {
                return 0;
            }
            LOG.infof("light settings changed (%s): recomputing every stored threshold", wanted);
            int problems = recomputeAll();
            em.createNativeQuery("""
                    INSERT INTO supervision_setting (name, value, updated_at) VALUES (?1, ?2, ?3)
                    ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at""")
                    .setParameter(1, SETTING).setParameter(2, wanted).setParameter(3, Timestamp.from(calendar.now()))
                    .executeUpdate();
            LOG.infof("recomputed the light thresholds of %d problems", problems);
            return problems;
        });
    }

    private String stored() {
        List<?> value = em.createNativeQuery("SELECT value FROM supervision_setting WHERE name = ?1")
                .setParameter(1, SETTING).getResultList();
        return value.isEmpty() ? null : (String) value.get(0);
    }

    private int recomputeAll() {
        int total = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> done = QuarkusTransaction.requiringNew().call(() -> recomputeBatch(from));
            if (done.isEmpty()) {
                return total;
            }
            total += done.size();
            after = done.get(done.size() - 1);
        }
    }

    /** One batch of problems after {@code afterId}, locked like any write, with their measures. */
    private List<Long> recomputeBatch(long afterId) {
        List<Problem> batch = em.createQuery("from Problem where id > ?1 order by id", Problem.class)
                .setParameter(1, afterId).setMaxResults(BATCH).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Long> ids = batch.stream().map(p -> p.id).toList();
        Map<Long, List<Measure>> measures = em.createQuery("from Measure where problemId in ?1 order by id", Measure.class)
                .setParameter(1, ids).getResultList().stream().collect(Collectors.groupingBy(m -> m.problemId));
        batch.forEach(p -> lights.recompute(p, measures.getOrDefault(p.id, List.of())));
        return ids;
    }
}
