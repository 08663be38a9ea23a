package io.taizhang.dashboard;

import io.taizhang.dashboard.DashboardDtos.Metrics;
import io.taizhang.supervision.lights.TrafficLight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

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
    final TreeMap<Integer, Long> daysToClose = new TreeMap<>();

    void add(ProblemFacts f, Instant now, LocalDate today) {
        filed++;
        if (f.closed()) {
            closed++;
            if (f.closedOnTime()) {
                closedOnTime++;
            }
            int days = f.daysToClose();
            daysToCloseSum += days;
            daysToClose.merge(days, 1L, Long::sum);
        } else {
            open++;
        }
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
        if (f.escalated()) {
            escalated++;
        }
        openUrges += f.openUrges();
        relapses += f.relapses();
        measures += f.measures();
        measuresDone += f.measuresDone();
    }

    void add(Tally t) {
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
        t.daysToClose.forEach((days, n) -> daysToClose.merge(days, n, Long::sum));
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
        for (Map.Entry<Integer, Long> bucket : daysToClose.entrySet()) {
            long next = seen + bucket.getValue();
            if (lowDays == null && lower < next) {
                lowDays = bucket.getKey();
            }
            if (upper < next) {
                highDays = bucket.getKey();
                break;
            }
            seen = next;
        }
        return (lowDays + highDays) / 2.0;
    }

    /** A rate as a fraction with four decimals (0.6667), or null when the denominator is zero. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole, 10_000);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
