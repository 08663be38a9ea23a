package io.taizhang.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The problems of one unit, campaign and meeting filed in one week, with their tallies per
 * dimension cached. A summary adds up cached tallies, so its cost follows the number of blocks
 * (units × meetings × weeks), not the number of problems. The cache is dropped when a problem of
 * the block changes, and when the clock passes the next instant at which a light or an overdue
 * flag of the block changes; it is then rebuilt from the block's problems at the next read.
 */
final class Block {

    /** Where a problem belongs: unit, campaign, meeting (0 for none) and the Monday of its filing week. */
    record Key(long unitId, long campaignId, long meetingId, LocalDate week) {

        static Key of(ProblemFacts f) {
            return new Key(f.unitId(), f.campaignId(), f.meetingId() == null ? 0 : f.meetingId(),
                    f.filedOn().with(DayOfWeek.MONDAY));
        }
    }

    /** Tallies at an instant, valid until the next threshold of one of the block's problems. */
    record Tallies(Tally total, Map<Dimension, Map<String, Tally>> byDimension, Instant computedAt, Instant validUntil) {

        boolean validAt(Instant now) {
            return !now.isBefore(computedAt) && now.isBefore(validUntil);
        }
    }

    final Key key;
    private final ZoneId zone;
    private final Map<Long, ProblemFacts> problems = new HashMap<>();
    private Tallies cached;

    Block(Key key, ZoneId zone) {
        this.key = key;
        this.zone = zone;
    }

    synchronized void put(ProblemFacts f) {
        problems.put(f.id(), f);
        cached = null;
    }

    synchronized void remove(long problemId) {
        if (problems.remove(problemId) != null) {
            cached = null;
        }
    }

    synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    synchronized Tallies tallies(Instant now) {
        if (cached == null || !cached.validAt(now)) {
            cached = compute(now);
        }
        return cached;
    }

    /** Adds the problems that pass {@code filter} one by one: for a block only partly inside a date range. */
    synchronized void addMatching(Predicate<ProblemFacts> filter, Dimension dimension, Instant now, Tally total,
            Map<String, Tally> groups) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (ProblemFacts f : problems.values()) {
            if (filter.test(f)) {
                total.add(f, now, today);
                dimension.keys(f, now, k -> groups.computeIfAbsent(k, x -> new Tally()).add(f, now, today));
            }
        }
    }

    private Tallies compute(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Tally total = new Tally();
        Map<Dimension, Map<String, Tally>> byDimension = new EnumMap<>(Dimension.class);
        Instant next = Instant.MAX;
        for (ProblemFacts f : problems.values()) {
            total.add(f, now, today);
            for (Dimension d : Dimension.values()) {
                Map<String, Tally> groups = byDimension.computeIfAbsent(d, x -> new HashMap<>());
                d.keys(f, now, k -> groups.computeIfAbsent(k, x -> new Tally()).add(f, now, today));
            }
            next = earliest(next, nextChange(f, now));
        }
        return new Tallies(total, byDimension, now, next);
    }

    /** The first instant after {@code now} at which the problem's light or overdue flag changes. */
    private Instant nextChange(ProblemFacts f, Instant now) {
        Instant next = Instant.MAX;
        if (f.yellowAt() != null && f.yellowAt().isAfter(now)) {
            next = f.yellowAt();
        } else if (f.redAt() != null && f.redAt().isAfter(now)) {
            next = f.redAt();
        }
        if (!f.closed()) {
            Instant overdueFrom = f.deadline().plusDays(1).atStartOfDay(zone).toInstant();
            if (overdueFrom.isAfter(now)) {
                next = earliest(next, overdueFrom);
            }
        }
        return next;
    }

    private static Instant earliest(Instant a, Instant b) {
        return Objects.requireNonNull(a).isBefore(b) ? a : b;
    }
}
