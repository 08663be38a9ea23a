package io.taizhang.dashboard;

import io.taizhang.dashboard.DashboardAggregate.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

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
    private final Map<Block.Key, Block> blocks = new HashMap<>();
    private final Map<Long, Block.Key> placement = new HashMap<>();

    BlockIndex(ZoneId zone) {
        this.zone = zone;
    }

    void put(ProblemFacts f) {
        remove(f.id());
        Block.Key key = Block.Key.of(f);
        blocks.computeIfAbsent(key, k -> new Block(k, zone)).put(f);
        placement.put(f.id(), key);
    }

    void remove(long problemId) {
        Block.Key old = placement.remove(problemId);
        if (old != null) {
            Block b = blocks.get(old);
            b.remove(problemId);
            if (b.isEmpty()) {
                blocks.remove(old);
            }
        }
    }

    int problems() {
        return placement.size();
    }

    int blocks() {
        return blocks.size();
    }

    /**
     * Adds up the blocks the filters select: a block wholly inside the filing days contributes its
     * cached tallies; one that straddles a bound (at most one week at each end) is counted problem by
     * problem.
     */
    Result summarise(Query q, Instant now) {
        Tally total = new Tally();
        Map<String, Tally> groups = new HashMap<>();
        for (Block block : blocks.values()) {
            Block.Key k = block.key;
            if ((q.unitId() != null && k.unitId() != q.unitId())
                    || (q.campaignId() != null && k.campaignId() != q.campaignId())
                    || (q.meetingId() != null && k.meetingId() != q.meetingId())
                    || (q.filedFrom() != null && k.week().plusDays(6).isBefore(q.filedFrom()))
                    || (q.filedTo() != null && k.week().isAfter(q.filedTo()))) {
                continue;
            }
            boolean partial = (q.filedFrom() != null && k.week().isBefore(q.filedFrom()))
                    || (q.filedTo() != null && k.week().plusDays(6).isAfter(q.filedTo()));
            if (partial) {
                block.addMatching(f -> inRange(f.filedOn(), q), q.groupBy(), now, total, groups);
            } else {
                Block.Tallies t = block.tallies(now);
                total.add(t.total());
                t.byDimension().getOrDefault(q.groupBy(), Map.of())
                        .forEach((key, tally) -> groups.computeIfAbsent(key, x -> new Tally()).add(tally));
            }
        }
        return new Result(total, groups);
    }

    private static boolean inRange(LocalDate day, Query q) {
        return (q.filedFrom() == null || !day.isBefore(q.filedFrom())) && (q.filedTo() == null || !day.isAfter(q.filedTo()));
    }
}
