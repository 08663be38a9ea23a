package io.taizhang.supervision.jobs;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.supervision.SupervisionApiTest;
import io.taizhang.supervision.jobs.JobClaims.JobRun;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The database claim that makes a scheduled period run once: the same period claimed twice, or by
 * two threads at the same moment (each with its own connection and transaction, as two instances
 * would), runs once. TwoInstanceEvaluationIT shows the same with two processes.
 */
@QuarkusTest
class EvaluationClaimTest extends SupervisionApiTest {

    @Inject
    SupervisionEvaluation evaluation;

    @Test
    void aPeriodAlreadyRunIsSkipped() {
        Optional<JobRun> first = evaluation.runClaimed("2023-06-16T01:15:00Z");
        assertTrue(first.isPresent());
        assertTrue(first.get().finishedAt() != null);
        assertTrue(evaluation.runClaimed("2023-06-16T01:15:00Z").isEmpty());
        assertEquals(1, evaluation.recent(50).stream().filter(r -> r.period().equals("2023-06-16T01:15:00Z")).count());
    }

    @Test
    void twoRunsClaimingTheSamePeriodAtOnceRunOnceAndProposeOnce() throws Exception {
        long[] pm = problemWithStartedMeasure("IPC");
        clock.set(startOf(LocalDate.of(2023, 8, 1)).plus(Duration.ofHours(1)));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Optional<JobRun>> run = () -> {
            start.await();
            return evaluation.runClaimed("2023-07-31T17:15:00Z");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<JobRun>> a = pool.submit(run);
            Future<Optional<JobRun>> b = pool.submit(run);
            start.countDown();
            List<Optional<JobRun>> runs = List.of(a.get(), b.get());
            assertEquals(1, runs.stream().filter(Optional::isPresent).count());
            JobRun winner = runs.stream().flatMap(Optional::stream).findFirst().orElseThrow();
            assertEquals(1, ((Number) winner.summary().get("proposalsRaised")).intValue());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ledgerKinds(pm[0]).stream().filter("ESCALATION_PROPOSED"::equals).count());
    }

    @Test
    void inspectorsAndAdminsRunItOnDemandOthersCannot() {
        as("admin").post("/api/v1/supervision/evaluations").then().statusCode(200)
                .body("job", equalTo(SupervisionEvaluation.JOB)).body("summary.proposalsRaised", equalTo(0));
        asLiaisonOf("IPC").post("/api/v1/supervision/evaluations").then().statusCode(403).contentType(PROBLEM_JSON);
        as("steering").post("/api/v1/supervision/evaluations").then().statusCode(403);
        as("steering").get("/api/v1/supervision/evaluations").then().statusCode(200)
                .body("[0].job", equalTo(SupervisionEvaluation.JOB));
    }
}
