package io.taizhang.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * A set of problems' tally with the clock taken out: what does not change with time is summed
 * once, and the instants at which lights turn and deadlines pass are kept sorted, so the lights
 * and overdue count at any instant are three binary searches, whatever the set's size.
 */
final class Clocked {

    private final Tally fixed = new Tally();
    private long[] yellowAt = new long[0];
    private long[] redAt = new long[0];
    private long[] overdueFrom = new long[0];
    private int lit;
    private int open;

    /** Adds a problem; call {@link #seal()} once all are in. */
    void add(ProblemFacts f, ZoneId zone) {
        fixed.addFixed(f);
        if (f.yellowAt() != null && f.redAt() != null) {
            yellowAt = grow(yellowAt, lit);
            redAt = grow(redAt, lit);
            yellowAt[lit] = micros(f.yellowAt());
            redAt[lit++] = micros(f.redAt());
        }
        if (!f.closed()) {
            overdueFrom = grow(overdueFrom, open);
            overdueFrom[open++] = micros(f.deadline().plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    Clocked seal() {
        yellowAt = Arrays.copyOf(yellowAt, lit);
        redAt = Arrays.copyOf(redAt, lit);
        overdueFrom = Arrays.copyOf(overdueFrom, open);
        Arrays.sort(yellowAt);
        Arrays.sort(redAt);
        Arrays.sort(overdueFrom);
        fixed.compact();
        return this;
    }

    /**
     * The union of {@code parts}' problems (each part sealed), as if they had been added one by one:
     * fixed tallies summed, instants merged in order, O(n log parts) for n instants.
     */
    static Clocked merge(List<Clocked> parts) {
        Clocked union = new Clocked();
        for (Clocked p : parts) {
            union.fixed.add(p.fixed, true);
            union.lit += p.lit;
            union.open += p.open;
        }
        union.yellowAt = Sorted.merge(parts.stream().map(p -> p.yellowAt).toList(), null);
        union.redAt = Sorted.merge(parts.stream().map(p -> p.redAt).toList(), null);
        union.overdueFrom = Sorted.merge(parts.stream().map(p -> p.overdueFrom).toList(), null);
        union.fixed.compact();
        return union;
    }

    /** What it holds, in longs (8 bytes): the instants and the days-to-close histogram. */
    long weight() {
        return yellowAt.length + redAt.length + overdueFrom.length + fixed.weight();
    }

    /** Adds the tally at {@code now} to {@code sum}. */
    void addTo(Tally sum, long now) {
        addFixedTo(sum, true);
        addClockTo(sum, now);
    }

    /** Adds what does not change with the clock (with or without the days-to-close histogram). */
    void addFixedTo(Tally sum, boolean histogram) {
        sum.add(fixed, histogram);
    }

    /** Adds the lights and the overdue count at {@code now}. */
    void addClockTo(Tally sum, long now) {
        int red = atOrBefore(redAt, now);
        int yellowOrRed = atOrBefore(yellowAt, now);
        sum.red += red;
        sum.yellow += yellowOrRed - red;
        sum.green += lit - yellowOrRed;
        sum.overdue += atOrBefore(overdueFrom, now);
    }

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    /** How many of the sorted instants are at or before {@code t}. */
    static int atOrBefore(long[] sorted, long t) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long[] grow(long[] a, int used) {
        return used < a.length ? a : Arrays.copyOf(a, Math.max(4, a.length * 2));
    }
}
