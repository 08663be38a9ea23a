package io.taizhang.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The problems of one campaign and meeting filed on one day (and of one unit, in the per-unit
 * index), with their tallies cached per dimension as {@link Clocked} sums (and a {@link LightSplit}
 * for grouping by light). A block is the unit of change: a write forgets the sums of its block only,
 * and the index merges the blocks' sums into one per question (see {@link BlockIndex#summarise}),
 * so a read never visits blocks. The clock alone never invalidates a cache.
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

    synchronized void put(Long id, ProblemFacts f) {
        problems.put(id, f);
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

    /** The block's problems with the clock taken out; cached until one of them changes. */
    synchronized Clocked total() {
        if (total == null) {
            total = new Clocked();
            problems.values().forEach(f -> total.add(f, zone));
            total.seal();
        }
        return total;
    }

    /** The same per group of {@code dimension} (not LIGHT, whose groups change with the clock). */
    synchronized Map<String, Clocked> split(Dimension dimension) {
        return byDimension.computeIfAbsent(dimension, this::splitNow);
    }

    /** The block's problems grouped by light at any instant. */
    synchronized LightSplit lights() {
        if (lights == null) {
            lights = new LightSplit(problems.values(), zone);
        }
        return lights;
    }

    synchronized void addProblemsTo(Collection<ProblemFacts> sink) {
        sink.addAll(problems.values());
    }

    private Map<String, Clocked> splitNow(Dimension dimension) {
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
