package io.taizhang.dashboard;

import io.taizhang.dashboard.DashboardDtos.Week;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.problems.ProblemStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weekly series from a ledger replay. Flows (filed, closed) count the entries of each week; stocks
 * (overdue, escalated) are the state at the end of each week, or now for the current week. Each
 * problem's replay is a sequence of segments in which its state is constant (between two of its
 * entries); a segment adds to the stock of every week end it covers. A problem's contribution is
 * kept aside until its last entry, because the campaign and meeting filters apply to where it
 * finally belongs.
 */
final class TrendCollector implements LedgerReplay.Visitor {

    private final LocalDate firstMonday;
    private final Instant[] ends;
    private final ZoneId zone;
    private final Long campaignId;
    private final Long meetingId;
    private final long[] filed;
    private final long[] closed;
    private final long[] overdue;
    private final long[] escalated;
    private final long[][] pending;
    private Instant segmentStart;

    /** Weeks from the one of {@code from} to the one of {@code to}; the last ends at {@code now} if that is earlier. */
    TrendCollector(LocalDate firstMonday, int weeks, Instant now, ZoneId zone, Long campaignId, Long meetingId) {
        this.firstMonday = firstMonday;
        this.zone = zone;
        this.campaignId = campaignId;
        this.meetingId = meetingId;
        ends = new Instant[weeks];
        for (int k = 0; k < weeks; k++) {
            // the last instant of the week (PostgreSQL keeps microseconds), or now for the current week
            Instant end = firstMonday.plusWeeks(k + 1).atStartOfDay(zone).toInstant().minusNanos(1_000);
            ends[k] = end.isAfter(now) ? now : end;
        }
        filed = new long[weeks];
        closed = new long[weeks];
        overdue = new long[weeks];
        escalated = new long[weeks];
        pending = new long[4][weeks];
    }

    /** The replay reads the entries written before this instant: up to and including the end of the last week. */
    Instant until() {
        return ends[ends.length - 1].plusNanos(1_000);
    }

    @Override
    public void before(ReplayedProblem p, ReplayedProblem.Entry next) {
        if (p.filed()) {
            segment(p, segmentStart, next.at());
        } else {
            for (long[] series : pending) {
                Arrays.fill(series, 0);
            }
        }
        int week = weekOf(next.at());
        if (week >= 0) {
            if (next.kind() == LedgerKind.PROBLEM_FILED) {
                pending[0][week]++;
            } else if (next.measureId() == null && ProblemStatus.CLOSED.name().equals(next.status())
                    && p.status != ProblemStatus.CLOSED) {
                pending[1][week]++;
            }
        }
        segmentStart = next.at();
    }

    @Override
    public void after(ReplayedProblem p) {
        segment(p, segmentStart, Instant.MAX);
        if ((campaignId == null || campaignId == p.campaignId) && (meetingId == null || meetingId.equals(p.meetingId))) {
            for (int k = 0; k < ends.length; k++) {
                filed[k] += pending[0][k];
                closed[k] += pending[1][k];
                overdue[k] += pending[2][k];
                escalated[k] += pending[3][k];
            }
        }
    }

    List<Week> weeks() {
        List<Week> weeks = new ArrayList<>(ends.length);
        for (int k = 0; k < ends.length; k++) {
            LocalDate monday = firstMonday.plusWeeks(k);
            weeks.add(new Week(monday, monday.plusDays(6), filed[k], closed[k], overdue[k], escalated[k]));
        }
        return weeks;
    }

    /** The state of {@code p} held from {@code from} (inclusive) until {@code to} (exclusive) at every week end between. */
    private void segment(ReplayedProblem p, Instant from, Instant to) {
        for (int k = firstEndFrom(from); k < ends.length && ends[k].isBefore(to); k++) {
            LocalDate day = LocalDate.ofInstant(ends[k], zone);
            if (p.status != ProblemStatus.CLOSED && p.deadline.isBefore(day)) {
                pending[2][k]++;
            }
            if (p.escalated) {
                pending[3][k]++;
            }
        }
    }

    private int firstEndFrom(Instant t) {
        int k = Arrays.binarySearch(ends, t);
        if (k < 0) {
            return -k - 1;
        }
        // ends may repeat (weeks after now all end now): step back to the first equal to t
        while (k > 0 && ends[k - 1].equals(t)) {
            k--;
        }
        return k;
    }

    private int weekOf(Instant t) {
        LocalDate day = LocalDate.ofInstant(t, zone);
        long week = Math.floorDiv(day.toEpochDay() - firstMonday.toEpochDay(), 7);
        return week < 0 || week >= ends.length || t.isAfter(ends[(int) week]) ? -1 : (int) week;
    }
}
