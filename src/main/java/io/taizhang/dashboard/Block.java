package io.taizhang.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The problems of one campaign and meeting filed on one day (and of one unit, in the per-unit
 * index), with their tallies cached per dimension as {@link Clocked} sums (and a {@link LightSplit}
 * for grouping by light). A summary adds up cached sums and counts lights and overdue flags by
 * binary search, so its cost follows the number of blocks (meetings × filing days), not the number
 * of problems, and the clock alone never invalidates a cache: only a change to one of the block's
 * problems does, and the sums are rebuilt at the next read.
 */
final class Block {

    /**
     * Where a problem belongs: campaign, meeting (0 for none) and filing day, and in the per-unit
     * index also its unit (0 in the index of all units).
     */
    record Key(long unitId, long campaignId, long meetingId, LocalDate filedOn) {

        static Key of(ProblemFacts f, boolean perUnit) {
            return new Key(perUnit ? f.unitId() : 0, f.campaignId(), f.meetingId() == null ? 0 : f.meetingId(),
                    f.filedOn());
        }
    }

    final Key key;
    private final ZoneId zone;
    private final Map<Long, ProblemFacts> problems = new HashMap<>();
    private Clocked total;
    private final Map<Dimension, Map<String, Clocked>> byDimension = new EnumMap<>(Dimension.class);
    private LightSplit lights;

    Block(Key key, ZoneId zone) {
        this.key = key;
        this.zone = zone;
    }

    synchronized void put(ProblemFacts f) {
        problems.put(f.id(), f);
        forget();
    }

    synchronized void remove(long problemId) {
        if (problems.remove(problemId) != null) {
            forget();
        }
    }

    synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Adds what does not change with the clock: the total's and the groups' of {@code dimension} (none for LIGHT). */
    synchronized void addFixed(Dimension dimension, Tally sum, Map<String, Tally> groups) {
        total().addFixedTo(sum, true);
        if (dimension != null && dimension != Dimension.LIGHT) {
            byDimension.computeIfAbsent(dimension, this::split)
                    .forEach((k, c) -> c.addFixedTo(groups.computeIfAbsent(k, x -> new Tally()), true));
        }
    }

    /** Adds the lights and overdue counts at {@code now} (epoch µs), and for LIGHT the groups themselves. */
    synchronized void addClock(Dimension dimension, long now, Tally sum, Map<String, Tally> groups) {
        total().addClockTo(sum, now);
        if (dimension == Dimension.LIGHT) {
            if (lights == null) {
                lights = new LightSplit(problems.values(), zone);
            }
            lights.addTo(groups, now);
        } else if (dimension != null) {
            byDimension.computeIfAbsent(dimension, this::split)
                    .forEach((k, c) -> c.addClockTo(groups.computeIfAbsent(k, x -> new Tally()), now));
        }
    }

    private Clocked total() {
        if (total == null) {
            total = new Clocked();
            problems.values().forEach(f -> total.add(f, zone));
            total.seal();
        }
        return total;
    }

    private Map<String, Clocked> split(Dimension dimension) {
        Map<String, Clocked> groups = new HashMap<>();
        for (ProblemFacts f : problems.values()) {
            // the keys of every dimension but LIGHT do not depend on the instant
            dimension.keys(f, null, k -> groups.computeIfAbsent(k, x -> new Clocked()).add(f, zone));
        }
        groups.values().forEach(Clocked::seal);
        return groups;
    }

    private void forget() {
        total = null;
        byDimension.clear();
        lights = null;
    }
}
