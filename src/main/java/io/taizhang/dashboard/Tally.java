package io.taizhang.dashboard;

import io.taizhang.dashboard.DashboardDtos.Metrics;
import io.taizhang.supervision.lights.TrafficLight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Counters that add up: one problem's facts, a block's, a group's. Days to close are kept as a
 * histogram (days → problems) so that the median of any union of tallies is exact without the
 * problems themselves.
 */
final class Tally {

    long filed;
    long open;
    long closed;
    long closedOnTime;
    long overdue;
    long green;
    long yellow;
    long red;
    long escalated;
    long openUrges;
    long relapses;
    long measures;
    long measuresDone;
    long daysToCloseSum;
    /** Problems closed after n days, at index n (grown on demand). */
    long[] daysToClose = new long[0];
    /** The same, sparse, once {@link #compact()}ed: a block's tally is added to many sums. */
    private int[] sparseDays;
    private long[] sparseCounts;

    void add(ProblemFacts f, Instant now, LocalDate today) {
        addFixed(f);
        if (f.overdueOn(today)) {
            overdue++;
        }
        TrafficLight light = f.lightAt(now);
        if (light == TrafficLight.GREEN) {
            green++;
        } else if (light == TrafficLight.YELLOW) {
            yellow++;
        } else if (light == TrafficLight.RED) {
            red++;
        }
    }

    /** Adds what does not change with the clock: everything but the lights and overdue. */
    void addFixed(ProblemFacts f) {
        filed++;
        if (f.closed()) {
            closed++;
            if (f.closedOnTime()) {
                closedOnTime++;
            }
            int days = f.daysToClose();
            daysToCloseSum += days;
            count(days, 1);
        } else {
            open++;
        }
        if (f.escalated()) {
            escalated++;
        }
        openUrges += f.openUrges();
        relapses += f.relapses();
        measures += f.measures();
        measuresDone += f.measuresDone();
    }

    void add(Tally t) {
        add(t, true);
    }

    Tally copy() {
        Tally copy = new Tally();
        copy.add(this);
        return copy;
    }

    void add(Tally t, boolean histogram) {
        filed += t.filed;
        open += t.open;
        closed += t.closed;
        closedOnTime += t.closedOnTime;
        overdue += t.overdue;
        green += t.green;
        yellow += t.yellow;
        red += t.red;
        escalated += t.escalated;
        openUrges += t.openUrges;
        relapses += t.relapses;
        measures += t.measures;
        measuresDone += t.measuresDone;
        daysToCloseSum += t.daysToCloseSum;
        if (!histogram) {
            return;
        }
        if (t.sparseDays != null) {
            for (int i = 0; i < t.sparseDays.length; i++) {
                count(t.sparseDays[i], t.sparseCounts[i]);
            }
            return;
        }
        if (t.daysToClose.length > daysToClose.length) {
            daysToClose = Arrays.copyOf(daysToClose, t.daysToClose.length);
        }
        for (int days = 0; days < t.daysToClose.length; days++) {
            daysToClose[days] += t.daysToClose[days];
        }
    }

    /** Freezes the histogram into its non-empty buckets; the tally is only added to others after this. */
    Tally compact() {
        int n = 0;
        for (long c : daysToClose) {
            n += c == 0 ? 0 : 1;
        }
        sparseDays = new int[n];
        sparseCounts = new long[n];
        for (int days = 0, i = 0; days < daysToClose.length; days++) {
            if (daysToClose[days] != 0) {
                sparseDays[i] = days;
                sparseCounts[i++] = daysToClose[days];
            }
        }
        // every block keeps a compacted tally per group: their dense copies (hundreds of days
        // each, grown by doubling) were most of the aggregate's memory
        daysToClose = new long[0];
        return this;
    }

    /** The histogram's size in longs (an int counted as half), for caches that bound their memory. */
    long weight() {
        return daysToClose.length + (sparseDays == null ? 0 : sparseDays.length / 2 + sparseCounts.length);
    }

    Metrics metrics() {
        return new Metrics(filed, open, closed, closedOnTime, overdue, green, yellow, red, escalated, openUrges, relapses,
                measures, measuresDone, ratio(closed, filed), ratio(closedOnTime, closed), ratio(overdue, open),
                ratio(measuresDone, measures), closed == 0 ? null : round((double) daysToCloseSum / closed, 100),
                median());
    }

    /** The middle value, or the mean of the two middle values, of the days-to-close histogram. */
    private Double median() {
        if (closed == 0) {
            return null;
        }
        long lower = (closed - 1) / 2;
        long upper = closed / 2;
        Integer lowDays = null;
        int highDays = 0;
        long seen = 0;
        for (int days = 0; days < daysToClose.length; days++) {
            long next = seen + daysToClose[days];
            if (lowDays == null && lower < next) {
                lowDays = days;
            }
            if (upper < next) {
                highDays = days;
                break;
            }
            seen = next;
        }
        return (lowDays + highDays) / 2.0;
    }

    private void count(int days, long n) {
        // a problem closed the day before it was filed cannot happen; clamp defensively at zero
        int at = Math.max(0, days);
        if (at >= daysToClose.length) {
            daysToClose = Arrays.copyOf(daysToClose, Math.max(at + 1, daysToClose.length * 2));
        }
        daysToClose[at] += n;
    }

    /** A rate as a fraction with four decimals (0.6667), or null when the denominator is zero. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole, 10_000);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
