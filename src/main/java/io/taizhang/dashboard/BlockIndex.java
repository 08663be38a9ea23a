package io.taizhang.dashboard;

import io.taizhang.dashboard.DashboardAggregate.Query;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Problems' facts in {@link Block}s and the summary over them. The live aggregate keeps one that
 * changes as the feed is followed (its owner serialises writes against reads); an as-of summary
 * builds one for the end of a past day and never changes it.
 */
final class BlockIndex {

    /** A summary before it is shaped for HTTP. */
    record Result(Tally total, Map<String, Tally> groups) {

        static Result empty() {
            return new Result(new Tally(), Map.of());
        }
    }

    private final ZoneId zone;
    /** All units together: what a summary without a unit filter reads. */
    private final Map<Block.Key, Block> all = new HashMap<>();
    /** Per unit: what a summary for one unit (a liaison's, or filtered) reads. */
    private final Map<Long, Map<Block.Key, Block>> byUnit = new HashMap<>();
    private final Map<Long, ProblemFacts> facts = new HashMap<>();
    /** Changes with every put and remove: the sums of {@link #fixed} are of one version. */
    private volatile long version;
    /**
     * What does not change with the clock, per question, for the current version: adding up the
     * blocks' days-to-close histograms grows with the data, so it is done once per change, not
     * once per read.
     */
    private final Map<Query, Fixed> fixed = new ConcurrentHashMap<>();

    private record Fixed(long version, Tally total, Map<String, Tally> groups) {
    }

    BlockIndex(ZoneId zone) {
        this.zone = zone;
    }

    void put(ProblemFacts f) {
        remove(f.id());
        version++;
        add(all, Block.Key.of(f, false), f);
        add(byUnit.computeIfAbsent(f.unitId(), u -> new HashMap<>()), Block.Key.of(f, true), f);
        facts.put(f.id(), f);
    }

    void remove(long problemId) {
        ProblemFacts old = facts.remove(problemId);
        if (old != null) {
            version++;
            drop(all, Block.Key.of(old, false), problemId);
            Map<Block.Key, Block> unit = byUnit.get(old.unitId());
            drop(unit, Block.Key.of(old, true), problemId);
            if (unit.isEmpty()) {
                byUnit.remove(old.unitId());
            }
        }
    }

    int problems() {
        return facts.size();
    }

    int blocks() {
        return all.size();
    }

    /**
     * Adds up the cached sums of the blocks the filters select: those of the unit, or of all
     * units, whose campaign, meeting and filing day match. Filing days are part of the key, so a
     * block is either wholly inside the filters or wholly outside.
     */
    Result summarise(Query q, Instant now) {
        Map<Block.Key, Block> blocks = q.unitId() == null ? all : byUnit.getOrDefault(q.unitId(), Map.of());
        List<Block> selected = new ArrayList<>();
        for (Block block : blocks.values()) {
            Block.Key k = block.key;
            if ((q.campaignId() == null || k.campaignId() == q.campaignId())
                    && (q.meetingId() == null || k.meetingId() == q.meetingId())
                    && (q.filedFrom() == null || !k.filedOn().isBefore(q.filedFrom()))
                    && (q.filedTo() == null || !k.filedOn().isAfter(q.filedTo()))) {
                selected.add(block);
            }
        }
        long v = version;
        Fixed f = fixed.get(q);
        if (f == null || f.version() != v) {
            Tally total = new Tally();
            Map<String, Tally> groups = new HashMap<>();
            selected.forEach(b -> b.addFixed(q.groupBy(), total, groups));
            f = new Fixed(v, total, groups);
            if (fixed.size() > 1_000) {
                fixed.clear();
            }
            fixed.put(q, f);
        }
        Tally total = f.total().copy();
        Map<String, Tally> groups = new HashMap<>();
        f.groups().forEach((k, t) -> groups.put(k, t.copy()));
        long at = Clocked.micros(now);
        selected.forEach(b -> b.addClock(q.groupBy(), at, total, groups));
        if (q.groupBy() == Dimension.LIGHT) {
            // closed problems have no light: NONE's days to close are all of them
            Tally none = groups.computeIfAbsent(Dimension.NONE, k -> new Tally());
            none.daysToClose = total.daysToClose.clone();
        }
        return new Result(total, groups);
    }

    private void add(Map<Block.Key, Block> blocks, Block.Key key, ProblemFacts f) {
        blocks.computeIfAbsent(key, k -> new Block(k, zone)).put(f);
    }

    private static void drop(Map<Block.Key, Block> blocks, Block.Key key, long problemId) {
        Block b = blocks.get(key);
        b.remove(problemId);
        if (b.isEmpty()) {
            blocks.remove(key);
        }
    }
}
