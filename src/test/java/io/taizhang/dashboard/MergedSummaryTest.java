package io.taizhang.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taizhang.dashboard.DashboardAggregate.Query;
import io.taizhang.dashboard.DashboardDtos.Metrics;
import io.taizhang.problems.Category;
import io.taizhang.problems.KeyArea;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.problems.WorkLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The summary a {@link BlockIndex} answers from its cached merged sums against two references
 * computed on every call: block by block (the way summaries were computed before the merge:
 * each selected block's own sums added up at the instant) and problem by problem (each fact's
 * light and overdue flag at the instant). For every grouping and several filters, at instants on
 * and around light thresholds and deadlines, before and after puts and removes, so that a merged
 * sum of another version or of another question would show.
 */
class MergedSummaryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final Random random = new Random(20261130L);
    private final BlockIndex index = new BlockIndex(ZONE);
    /** What the index should hold, kept beside it. */
    private final Map<Long, ProblemFacts> model = new TreeMap<>();
    private long nextId = 1;

    @Test
    void cachedSummariesEqualBlockByBlockAndProblemByProblemSumsThroughChanges() {
        for (int i = 0; i < 500; i++) {
            put(randomFacts(nextId++));
        }
        checkEverything();
        for (int round = 0; round < 3; round++) {
            List<Long> ids = new ArrayList<>(model.keySet());
            for (int i = 0; i < 25; i++) {
                // the same problem, changed: it may move to another unit, campaign or day
                put(randomFacts(ids.get(random.nextInt(ids.size()))));
            }
            for (int i = 0; i < 20; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                index.remove(id);
                model.remove(id);
            }
            for (int i = 0; i < 15; i++) {
                put(randomFacts(nextId++));
            }
            checkEverything();
            // the feed names problems again without a change: they are put back as they are
            for (ProblemFacts f : List.copyOf(model.values()).subList(0, 10)) {
                put(f);
            }
            checkEverything();
        }
        // a unit emptied: its questions now select no block at all
        for (ProblemFacts f : List.copyOf(model.values())) {
            if (f.unitId() == 3) {
                index.remove(f.id());
                model.remove(f.id());
            }
        }
        checkEverything();
    }

    private void put(ProblemFacts f) {
        index.put(f);
        model.put(f.id(), f);
    }

    private void checkEverything() {
        List<Instant> instants = instants();
        int compared = 0;
        for (Query filter : filters()) {
            List<Dimension> groupings = new ArrayList<>(Arrays.asList(Dimension.values()));
            groupings.add(null);
            for (Dimension groupBy : groupings) {
                Query q = new Query(groupBy, filter.unitId(), filter.campaignId(), filter.meetingId(),
                        filter.filedFrom(), filter.filedTo());
                for (Instant now : instants) {
                    BlockIndex.Result cached = index.summarise(q, now);
                    String question = q + " at " + now;
                    assertEquals(describe(blockByBlock(q, now).groups(), true), describe(cached.groups(), true), question);
                    assertEquals(describe(blockByBlock(q, now).total()), describe(cached.total()), question);
                    BlockIndex.Result exact = problemByProblem(q, now);
                    assertEquals(describe(exact.total()), describe(cached.total()), question);
                    // the merged LIGHT split names all four groups even when one is empty
                    assertEquals(describe(exact.groups(), groupBy != Dimension.LIGHT),
                            describe(cached.groups(), groupBy != Dimension.LIGHT), question);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1_000, "compared " + compared);
    }

    /** The summary as it was computed before merged sums: every selected block's own sums added at {@code now}. */
    private BlockIndex.Result blockByBlock(Query q, Instant now) {
        long at = Clocked.micros(now);
        Tally total = new Tally();
        Map<String, Tally> groups = new HashMap<>();
        for (Block b : index.select(q)) {
            b.total().addTo(total, at);
            if (q.groupBy() == Dimension.LIGHT) {
                b.lights().addTo(groups, at);
            } else if (q.groupBy() != null) {
                b.split(q.groupBy()).forEach((k, c) -> c.addTo(groups.computeIfAbsent(k, x -> new Tally()), at));
            }
        }
        if (q.groupBy() == Dimension.LIGHT) {
            groups.computeIfAbsent(Dimension.NONE, k -> new Tally()).daysToClose = total.daysToClose.clone();
        }
        return new BlockIndex.Result(total, groups);
    }

    /** The summary from the facts themselves, independent of blocks and of the index's selection. */
    private BlockIndex.Result problemByProblem(Query q, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Tally total = new Tally();
        Map<String, Tally> groups = new HashMap<>();
        for (ProblemFacts f : model.values()) {
            long meeting = f.meetingId() == null ? 0 : f.meetingId();
            if ((q.unitId() == null || q.unitId() == f.unitId())
                    && (q.campaignId() == null || q.campaignId() == f.campaignId())
                    && (q.meetingId() == null || q.meetingId() == meeting)
                    && (q.filedFrom() == null || !f.filedOn().isBefore(q.filedFrom()))
                    && (q.filedTo() == null || !f.filedOn().isAfter(q.filedTo()))) {
                total.add(f, now, today);
                if (q.groupBy() != null) {
                    q.groupBy().keys(f, now, k -> groups.computeIfAbsent(k, x -> new Tally()).add(f, now, today));
                }
            }
        }
        return new BlockIndex.Result(total, groups);
    }

    /** Metrics and the exact histogram per group; empty groups left out unless {@code keepEmpty}. */
    private static Map<String, String> describe(Map<String, Tally> groups, boolean keepEmpty) {
        Map<String, String> described = new TreeMap<>();
        groups.forEach((k, t) -> {
            if (keepEmpty || t.filed != 0) {
                described.put(k, describe(t));
            }
        });
        return described;
    }

    private static String describe(Tally t) {
        Metrics m = t.metrics();
        long[] days = t.daysToClose;
        int used = days.length;
        while (used > 0 && days[used - 1] == 0) {
            used--;
        }
        return m + " days " + Arrays.toString(Arrays.copyOf(days, used));
    }

    private List<Query> filters() {
        return List.of(
                new Query(null, null, null, null, null, null),
                new Query(null, null, 1L, null, null, null),
                new Query(null, null, 2L, 20L, null, null),
                new Query(null, null, null, 0L, null, null),
                new Query(null, 2L, null, null, null, null),
                new Query(null, 3L, 1L, null, null, null),
                new Query(null, null, null, null, TODAY.minusDays(20), TODAY.minusDays(10)),
                new Query(null, 1L, null, null, TODAY.minusDays(5), null),
                new Query(null, 99L, null, null, null, null));
    }

    /** Instants on, just before and just after some problems' thresholds and deadlines, and far off. */
    private List<Instant> instants() {
        TreeSet<Instant> instants = new TreeSet<>();
        instants.add(TODAY.minusDays(90).atStartOfDay(ZONE).toInstant());
        instants.add(TODAY.plusDays(90).atStartOfDay(ZONE).toInstant());
        instants.add(TODAY.atTime(10, 0).atZone(ZONE).toInstant());
        List<ProblemFacts> lit = model.values().stream().filter(f -> f.redAt() != null).toList();
        List<ProblemFacts> open = model.values().stream().filter(f -> !f.closed()).toList();
        for (int i = 0; i < 2; i++) {
            ProblemFacts f = lit.get(random.nextInt(lit.size()));
            around(instants, f.yellowAt());
            around(instants, f.redAt());
            around(instants, open.get(random.nextInt(open.size())).deadline().plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        return List.copyOf(instants);
    }

    private static void around(Set<Instant> instants, Instant t) {
        instants.add(t.minus(1, ChronoUnit.MICROS));
        instants.add(t);
        instants.add(t.plus(1, ChronoUnit.MICROS));
    }

    /**
     * A problem as the service knows them: a closed one has no light; an open one may have none
     * (awaiting verification); a lit one turns RED no later than the end of its deadline.
     */
    private ProblemFacts randomFacts(long id) {
        ProblemStatus status = pick(ProblemStatus.values());
        LocalDate filedOn = TODAY.minusDays(random.nextInt(40));
        LocalDate originalDeadline = filedOn.plusDays(5 + random.nextInt(40));
        LocalDate deadline = random.nextInt(4) == 0 ? originalDeadline.plusDays(random.nextInt(20)) : originalDeadline;
        boolean closed = status == ProblemStatus.CLOSED;
        LocalDate closedOn = closed ? filedOn.plusDays(random.nextInt(60)) : null;
        Instant yellowAt = null;
        Instant redAt = null;
        if (!closed && status != ProblemStatus.CLOSE_OUT_REQUESTED) {
            Instant end = deadline.plusDays(1).atStartOfDay(ZONE).toInstant();
            redAt = end.minus(random.nextInt(5 * 24 * 3600) * 1_000_000L + random.nextInt(1_000_000), ChronoUnit.MICROS);
            yellowAt = redAt.minusSeconds(3600 + random.nextInt(10 * 24 * 3600));
        }
        Set<KeyArea> areas = EnumSet.noneOf(KeyArea.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            areas.add(pick(KeyArea.values()));
        }
        int measures = random.nextInt(5);
        return new ProblemFacts(id, 1 + random.nextInt(5), 1 + random.nextInt(3),
                random.nextBoolean() ? null : 20L + random.nextInt(2), pick(Category.values()), pick(WorkLine.values()),
                areas, status, filedOn, closedOn, originalDeadline, deadline, measures,
                measures == 0 ? 0 : random.nextInt(measures + 1), yellowAt, redAt, random.nextInt(5) == 0,
                random.nextInt(3), random.nextInt(4) == 0 ? 1 : 0);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
