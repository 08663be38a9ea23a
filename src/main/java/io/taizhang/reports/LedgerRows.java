package io.taizhang.reports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.taizhang.common.http.Page;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemFilter;
import io.taizhang.problems.ProblemQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the ledger for an export in keyset batches: each batch of problems, with their measures
 * and evidence, is read in a short transaction of its own and turned into text rows, so memory
 * stays flat whatever the size and no transaction waits on a slow client. The problems are those
 * of the problem list with the same filter and visibility (ProblemQueries.batch), in filing order.
 */
@ApplicationScoped
public class LedgerRows {

    static final int BATCH = 500;

    /** A walk through the rows of one export; {@link #next()} answers an empty list at the end. */
    public final class Walk {
        private final Caller caller;
        private final ProblemFilter filter;
        private final Instant now;
        private final Map<Long, String> unitNames;
        private String cursor;
        private boolean done;
        private long number;

        private Walk(Caller caller, ProblemFilter filter) {
            this.caller = caller;
            this.filter = filter;
            this.now = calendar.now();
            this.unitNames = QuarkusTransaction.requiringNew().call(LedgerRows.this::unitNames);
        }

        public List<LedgerRow> next() {
            if (done) {
                return List.of();
            }
            List<LedgerRow> rows = QuarkusTransaction.requiringNew().call(() -> {
                Page<Problem> page = problems.batch(caller, filter, cursor, BATCH, now);
                cursor = page.nextCursor();
                done = cursor == null;
                return rows(page.items());
            });
            return rows;
        }

        private List<LedgerRow> rows(List<Problem> batch) {
            if (batch.isEmpty()) {
                return List.of();
            }
            List<Long> ids = batch.stream().map(p -> p.id).toList();
            Map<Long, List<LedgerLayout.MeasureLine>> measures = measures(ids);
            Map<Long, List<LedgerLayout.EvidenceLine>> evidence = evidence(ids);
            List<LedgerRow> rows = new ArrayList<>(batch.size());
            for (Problem p : batch) {
                rows.add(layout.row(++number, p, unitNames.get(p.unitId), measures.getOrDefault(p.id, List.of()),
                        evidence.getOrDefault(p.id, List.of())));
            }
            return rows;
        }
    }

    private final ProblemQueries problems;
    private final EntityManager em;
    private final BusinessCalendar calendar;
    private final LedgerLayout layout;

    public LedgerRows(ProblemQueries problems, EntityManager em, BusinessCalendar calendar, LedgerLayout layout) {
        this.problems = problems;
        this.em = em;
        this.calendar = calendar;
        this.layout = layout;
    }

    public Walk walk(Caller caller, ProblemFilter filter) {
        return new Walk(caller, filter);
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT id, name_zh FROM unit").getResultList())) {
            names.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return names;
    }

    private Map<Long, List<LedgerLayout.MeasureLine>> measures(List<Long> problemIds) {
        Map<Long, List<LedgerLayout.MeasureLine>> byProblem = new HashMap<>();
        List<Object[]> rows = rows(em.createNativeQuery("""
                SELECT problem_id, title, owner, deadline, status, progress_percent FROM measure
                WHERE problem_id IN (:ids) ORDER BY problem_id, id""").setParameter("ids", problemIds).getResultList());
        for (Object[] r : rows) {
            byProblem.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new LedgerLayout.MeasureLine(
                    (String) r[1], (String) r[2], r[3].toString(), (String) r[4], ((Number) r[5]).intValue()));
        }
        return byProblem;
    }

    /** Evidence through its measure: evidence is indexed by measure, and measures by problem. */
    private Map<Long, List<LedgerLayout.EvidenceLine>> evidence(List<Long> problemIds) {
        Map<Long, List<LedgerLayout.EvidenceLine>> byProblem = new HashMap<>();
        List<Object[]> rows = rows(em.createNativeQuery("""
                SELECT m.problem_id, e.title, e.uri FROM measure m JOIN evidence e ON e.measure_id = m.id
                WHERE m.problem_id IN (:ids) ORDER BY m.problem_id, e.id""").setParameter("ids", problemIds).getResultList());
        for (Object[] r : rows) {
            byProblem.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new LedgerLayout.EvidenceLine((String) r[1], (String) r[2]));
        }
        return byProblem;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
