package io.taizhang.dashboard;

import io.taizhang.supervision.lights.TrafficLight;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Problems grouped by their light at any instant without visiting them: the problems with a light
 * (all of them open) are kept sorted by the instant they turn RED and by the instant they turn
 * YELLOW, with running sums of what they count. RED at {@code now} is a prefix of the first order;
 * YELLOW-or-RED a prefix of the second; GREEN the rest. Problems without a light (done, awaiting
 * verification, closed) form NONE.
 */
final class LightSplit {

    /** Counters summed per order: escalated, urges, relapses, measures, done. */
    private static final int SUMS = 5;
    private static final long[] NOTHING = new long[SUMS];

    private final long[] redAt;
    private final long[] yellowAt;
    /** byRed[k * SUMS + j] = counter j of the first k problems in RED order (flat: one array, not n). */
    private final long[] byRed;
    private final long[] byYellow;
    private final long[] overdueFrom;
    private final Clocked none;

    LightSplit(Iterable<ProblemFacts> problems, ZoneId zone) {
        List<ProblemFacts> lit = new ArrayList<>();
        none = new Clocked();
        for (ProblemFacts f : problems) {
            if (f.yellowAt() != null && f.redAt() != null) {
                lit.add(f);
            } else {
                none.add(f, zone);
            }
        }
        none.seal();
        lit.sort(Comparator.comparing(ProblemFacts::redAt));
        redAt = lit.stream().mapToLong(f -> Clocked.micros(f.redAt())).toArray();
        byRed = sums(lit);
        lit.sort(Comparator.comparing(ProblemFacts::yellowAt));
        yellowAt = lit.stream().mapToLong(f -> Clocked.micros(f.yellowAt())).toArray();
        byYellow = sums(lit);
        // an open problem past its own deadline is RED (its deadline is one of its thresholds)
        overdueFrom = lit.stream().filter(f -> !f.closed())
                .mapToLong(f -> Clocked.micros(f.deadline().plusDays(1).atStartOfDay(zone).toInstant())).sorted().toArray();
    }

    private LightSplit(long[] redAt, long[] byRed, long[] yellowAt, long[] byYellow, long[] overdueFrom, Clocked none) {
        this.redAt = redAt;
        this.byRed = byRed;
        this.yellowAt = yellowAt;
        this.byYellow = byYellow;
        this.overdueFrom = overdueFrom;
        this.none = none;
    }

    /** The union of {@code parts}' problems, as if split together: orders merged, running sums redone. */
    static LightSplit merge(List<LightSplit> parts) {
        int n = parts.stream().mapToInt(p -> p.redAt.length).sum();
        int[] from = new int[n];
        long[] red = Sorted.merge(parts.stream().map(p -> p.redAt).toList(), from);
        long[] byRed = resum(parts.stream().map(p -> p.byRed).toList(), from);
        long[] yellow = Sorted.merge(parts.stream().map(p -> p.yellowAt).toList(), from);
        long[] byYellow = resum(parts.stream().map(p -> p.byYellow).toList(), from);
        long[] overdue = Sorted.merge(parts.stream().map(p -> p.overdueFrom).toList(), null);
        return new LightSplit(red, byRed, yellow, byYellow, overdue,
                Clocked.merge(parts.stream().map(p -> p.none).toList()));
    }

    /** What it holds, in longs (8 bytes). */
    long weight() {
        return redAt.length + yellowAt.length + byRed.length + byYellow.length + overdueFrom.length + none.weight();
    }

    void addTo(Map<String, Tally> groups, long now) {
        int n = redAt.length;
        int red = Clocked.atOrBefore(redAt, now);
        int yellowOrRed = Clocked.atOrBefore(yellowAt, now);
        Tally r = group(groups, TrafficLight.RED.name());
        add(r, byRed, red, NOTHING, 0);
        r.red += red;
        r.overdue += Clocked.atOrBefore(overdueFrom, now);
        Tally y = group(groups, TrafficLight.YELLOW.name());
        add(y, byYellow, yellowOrRed, byRed, red);
        y.yellow += yellowOrRed - red;
        Tally g = group(groups, TrafficLight.GREEN.name());
        add(g, byYellow, n, byYellow, yellowOrRed);
        g.green += n - yellowOrRed;
        // every closed problem is in NONE: the caller gives NONE the total's days-to-close histogram
        Tally unlit = group(groups, Dimension.NONE);
        none.addFixedTo(unlit, false);
        none.addClockTo(unlit, now);
    }

    private static Tally group(Map<String, Tally> groups, String key) {
        return groups.computeIfAbsent(key, k -> new Tally());
    }

    /** Adds the first {@code upTo} problems of one order minus the first {@code minus} of another. */
    private static void add(Tally t, long[] sums, int upTo, long[] less, int minus) {
        int a = upTo * SUMS;
        int b = minus * SUMS;
        int count = upTo - minus;
        t.filed += count;
        t.open += count;
        t.escalated += sums[a] - less[b];
        t.openUrges += sums[a + 1] - less[b + 1];
        t.relapses += sums[a + 2] - less[b + 2];
        t.measures += sums[a + 3] - less[b + 3];
        t.measuresDone += sums[a + 4] - less[b + 4];
    }

    private static long[] sums(List<ProblemFacts> ordered) {
        long[] sums = new long[(ordered.size() + 1) * SUMS];
        for (int k = 0; k < ordered.size(); k++) {
            ProblemFacts f = ordered.get(k);
            int at = (k + 1) * SUMS;
            System.arraycopy(sums, k * SUMS, sums, at, SUMS);
            sums[at] += f.escalated() ? 1 : 0;
            sums[at + 1] += f.openUrges();
            sums[at + 2] += f.relapses();
            sums[at + 3] += f.measures();
            sums[at + 4] += f.measuresDone();
        }
        return sums;
    }

    /**
     * Running sums in merged order: the parts' own running sums give each problem's counters (the
     * difference of neighbours), which {@code from} puts in the order of the merge.
     */
    private static long[] resum(List<long[]> partSums, int[] from) {
        long[] each = new long[from.length * SUMS];
        int at = 0;
        for (long[] s : partSums) {
            for (int k = 0; k + SUMS < s.length; k += SUMS, at += SUMS) {
                for (int j = 0; j < SUMS; j++) {
                    each[at + j] = s[k + SUMS + j] - s[k + j];
                }
            }
        }
        long[] sums = new long[(from.length + 1) * SUMS];
        for (int o = 0; o < from.length; o++) {
            for (int j = 0; j < SUMS; j++) {
                sums[(o + 1) * SUMS + j] = sums[o * SUMS + j] + each[from[o] * SUMS + j];
            }
        }
        return sums;
    }
}
