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
import org.jboss.logging.Logger;

/**
 * The supervision evaluation: records the light changes the clock has brought about and applies
 * the escalation rules to every open item. Idempotent (a second run over the same facts writes
 * nothing), it runs each problem in a transaction of its own under the problem's row lock, and it
 * runs for a period only on the instance whose claim wins (JobClaims).
 */
@ApplicationScoped
public class SupervisionEvaluation {

    public static final String JOB = "supervision-evaluation";
    private static final Logger LOG = Logger.getLogger(SupervisionEvaluation.class);

    /** What one run did. */
    public record Summary(int thresholdsRecomputed, int lightsObserved, int problemsEvaluated, int proposalsRaised) {
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
        for (Long id : unobserved) {
            QuarkusTransaction.requiringNew().run(() -> problems.lock(id).ifPresent(lights::catchUp));
        }
        List<Long> candidateIds = candidates.escalation(now, now.minus(Duration.ofDays(rules.redDays())),
                rules.yellowSpells());
        int raised = 0;
        for (Long id : candidateIds) {
            boolean proposed = QuarkusTransaction.requiringNew().call(() -> problems.lock(id)
                    .flatMap(proposals::evaluate).isPresent());
            raised += proposed ? 1 : 0;
        }
        return new Summary(recomputed, unobserved.size(), candidateIds.size(), raised);
    }
}
