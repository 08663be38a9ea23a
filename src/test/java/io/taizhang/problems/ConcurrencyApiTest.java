package io.taizhang.problems;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Real parallel HTTP requests against the real database: concurrent edits are detected, nothing is lost. */
@QuarkusTest
class ConcurrencyApiTest extends ApiTest {

    @Test
    void parallelUpdatesWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
        long problem = scenario.fileProblem("IPC");
        String etag = asLiaisonOf("IPC").get("/api/v1/problems/" + problem).then().extract().header("ETag");
        List<Integer> statuses = parallel(40, i -> asLiaisonOf("IPC").header("If-Match", etag)
                .body(Map.of("title", "并发修改 " + i)).patch("/api/v1/problems/" + problem).statusCode());
        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 412, 39L), counts);
        as("inspector").get("/api/v1/problems/" + problem + "/ledger").then()
                .body("size()", equalTo(2));
    }

    @Test
    void parallelWritesOnOneProblemAllLandOnOneIntactChain() throws Exception {
        long problem = scenario.fileProblem("IPC");
        List<Long> measures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long m = scenario.addMeasure("IPC", problem);
            scenario.startMeasure("IPC", m);
            measures.add(m);
        }
        List<Integer> statuses = parallel(32, i -> asLiaisonOf("IPC").body(Map.of("percent", i % 100, "note", "进展 " + i))
                .post("/api/v1/measures/" + measures.get(i % 4) + "/progress-reports").statusCode());
        assertEquals(List.of(200), statuses.stream().distinct().toList());
        as("inspector").get("/api/v1/problems/" + problem + "/ledger/verification").then()
                .body("intact", equalTo(true)).body("entries", equalTo(1 + 4 * 2 + 1 + 32));
    }

    @Test
    void parallelFilingsGetUniqueGapFreeLedgerNumbers() throws Exception {
        List<String> numbers = parallel(30, i -> scenario.file(i % 2 == 0 ? "IPC" : "CC1", scenario.problemBody("问题 " + i))
                .statusCode(201).extract().jsonPath().getString("ledgerNumber"));
        Set<String> unique = new HashSet<>(numbers);
        assertEquals(30, unique.size());
        int year = scenario.today().getYear();
        for (int n = 1; n <= 15; n++) {
            assertEquals(true, unique.contains(String.format("IPC-%d-%03d", year, n)), "IPC number " + n);
            assertEquals(true, unique.contains(String.format("CC1-%d-%03d", year, n)), "CC1 number " + n);
        }
    }

    interface Call<T> {
        T run(int i);
    }

    static <T> List<T> parallel(int n, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
