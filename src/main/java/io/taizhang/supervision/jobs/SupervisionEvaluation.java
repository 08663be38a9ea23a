package io.taizhang.supervision.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.problems.ProblemRepository;
import io.taizhang.supervision.escalation.EscalationProposals;
import io.taizhang.supervision.jobs.JobClaims.JobRun;
import io.taizhang.supervision.lights.LightKeeper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The supervision evaluation: records the light changes the clock has brought about and applies
 * the escalation rules to every open item. Idempotent (a second run over the same facts writes
 * nothing), it visits problems under their row locks in ascending id order, a chunk of them per
 * transaction (short enough not to hold up the units' writes, long enough not to pay a commit per
 * problem), and it runs for a period only on the instance whose claim wins (JobClaims). A chunk
 * that fails is logged and left to the next run; the others go on.
 */
@ApplicationScoped
public class SupervisionEvaluation {

    public static final String JOB = "supervision-evaluation";
    static final int CHUNK = 50;
    private static final Logger LOG = Logger.getLogger(SupervisionEvaluation.class);

    /** What one run did. */
    public record Summary(int thresholdsRecomputed, int lightsObserved, int problemsEvaluated, int proposalsRaised,
            int failedChunks) {
    }

    private final JobClaims claims;
    private final LightSettingsGuard guard;
    private final EvaluationCandidates candidates;
    private final ProblemRepository problems;
    private final LightKeeper lights;
    private final EscalationProposals proposals;
    private final BusinessCalendar calendar;
    private final InstanceId instance;
    private final TaizhangConfig.Supervision.Escalation rules;

    public SupervisionEvaluation(JobClaims claims, LightSettingsGuard guard, EvaluationCandidates candidates,
            ProblemRepository problems, LightKeeper lights, EscalationProposals proposals, BusinessCalendar calendar,
            InstanceId instance, TaizhangConfig config) {
        this.claims = claims;
        this.guard = guard;
        this.candidates = candidates;
        this.problems = problems;
        this.lights = lights;
        this.proposals = proposals;
        this.calendar = calendar;
        this.instance = instance;
        this.rules = config.supervision().escalation();
    }

    /** Runs the evaluation for {@code period} unless another instance (or an earlier run) claimed it. */
    public Optional<JobRun> runClaimed(String period) {
        if (!claims.claim(JOB, period)) {
            LOG.infof("evaluation period %s already claimed by another run; skipped by %s", period, instance.get());
            return Optional.empty();
        }
        LOG.infof("evaluation period %s claimed by %s", period, instance.get());
        Summary summary = run();
        claims.finish(JOB, period, summary);
        LOG.infof("evaluation period %s done: %s", period, summary);
        return claims.recent(JOB, 50).stream().filter(r -> r.period().equals(period)).findFirst();
    }

    public List<JobRun> recent(int limit) {
        return claims.recent(JOB, limit);
    }

    Summary run() {
        int recomputed = guard.ensureCurrent();
        Instant now = calendar.now();
        List<Long> unobserved = candidates.unobservedLights(now);
        int failed = inChunks(unobserved, id -> problems.lock(id).ifPresent(lights::catchUp));
        List<Long> candidateIds = candidates.escalation(now, now.minus(Duration.ofDays(rules.redDays())),
                rules.yellowSpells());
        AtomicInteger raised = new AtomicInteger();
        failed += inChunks(candidateIds, id -> problems.lock(id).flatMap(proposals::evaluate)
                .ifPresent(proposed -> raised.incrementAndGet()));
        return new Summary(recomputed, unobserved.size(), candidateIds.size(), raised.get(), failed);
    }

    /** Applies {@code step} to each problem, a chunk per transaction; returns how many chunks failed. */
    private int inChunks(List<Long> ids, Consumer<Long> step) {
        int failed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try {
                QuarkusTransaction.requiringNew().run(() -> chunk.forEach(step));
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf(e, "evaluation of problems %d..%d failed; the next run retries them", chunk.get(0),
                        chunk.get(chunk.size() - 1));
            }
        }
        return failed;
    }
}
