package io.taizhang.dashboard;

import io.taizhang.supervision.lights.TrafficLight;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A block's problems grouped by their light at any instant without visiting them: the problems
 * with a light (all of them open) are kept sorted by the instant they turn RED and by the instant
 * they turn YELLOW, with running sums of what they count. RED at {@code now} is a prefix of the
 * first order; YELLOW-or-RED a prefix of the second; GREEN the rest. Problems without a light
 * (done, awaiting verification, closed) form NONE.
 */
final class LightSplit {

    private final long[] redAt;
    private final long[] yellowAt;
    /** sums[k] = what the first k problems in that order count: escalated, urges, relapses, measures, done. */
    private final long[][] byRed;
    private final long[][] byYellow;
    private final long[] overdueFrom;
    private final Clocked none = new Clocked();

    LightSplit(Iterable<ProblemFacts> problems, ZoneId zone) {
        List<ProblemFacts> lit = new java.util.ArrayList<>();
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

    void addTo(Map<String, Tally> groups, long now) {
        int n = redAt.length;
        int red = Clocked.atOrBefore(redAt, now);
        int yellowOrRed = Clocked.atOrBefore(yellowAt, now);
        Tally r = group(groups, TrafficLight.RED.name());
        add(r, byRed[red], null, red);
        r.red += red;
        r.overdue += Clocked.atOrBefore(overdueFrom, now);
        Tally y = group(groups, TrafficLight.YELLOW.name());
        add(y, byYellow[yellowOrRed], byRed[red], yellowOrRed - red);
        y.yellow += yellowOrRed - red;
        Tally g = group(groups, TrafficLight.GREEN.name());
        add(g, byYellow[n], byYellow[yellowOrRed], n - yellowOrRed);
        g.green += n - yellowOrRed;
        // every closed problem is in NONE: the caller gives NONE the total's days-to-close histogram
        Tally unlit = group(groups, Dimension.NONE);
        none.addFixedTo(unlit, false);
        none.addClockTo(unlit, now);
    }

    private static Tally group(Map<String, Tally> groups, String key) {
        return groups.computeIfAbsent(key, k -> new Tally());
    }

    private static void add(Tally t, long[] upTo, long[] minus, int count) {
        t.filed += count;
        t.open += count;
        t.escalated += upTo[0] - (minus == null ? 0 : minus[0]);
        t.openUrges += upTo[1] - (minus == null ? 0 : minus[1]);
        t.relapses += upTo[2] - (minus == null ? 0 : minus[2]);
        t.measures += upTo[3] - (minus == null ? 0 : minus[3]);
        t.measuresDone += upTo[4] - (minus == null ? 0 : minus[4]);
    }

    private static long[][] sums(List<ProblemFacts> ordered) {
        long[][] sums = new long[ordered.size() + 1][5];
        for (int k = 0; k < ordered.size(); k++) {
            ProblemFacts f = ordered.get(k);
            long[] s = sums[k + 1];
            System.arraycopy(sums[k], 0, s, 0, 5);
            s[0] += f.escalated() ? 1 : 0;
            s[1] += f.openUrges();
            s[2] += f.relapses();
            s[3] += f.measures();
            s[4] += f.measuresDone();
        }
        return sums;
    }
}
