package io.taizhang.supervision.jobs;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/**
 * Fires the evaluation on the configured cron (taizhang.supervision.evaluation.cron). Every
 * instance fires; the period is the scheduled fire time, the same on every instance, so only the
 * instance whose claim of that period wins runs it.
 */
@ApplicationScoped
public class EvaluationScheduler {

    private final SupervisionEvaluation evaluation;

    public EvaluationScheduler(SupervisionEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Scheduled(identity = SupervisionEvaluation.JOB, cron = "${taizhang.supervision.evaluation.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evaluate(ScheduledExecution execution) {
        evaluation.runClaimed(execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
