package io.taizhang.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.taizhang.dashboard.DashboardAggregate.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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

    /**
     * The merged sums of every question asked, shared by all indexes (the live one and the as-of
     * days'), keyed by index and question and tagged with the index's version. Bound: 16 million
     * longs (128 MB) in all, weighed by the arrays each entry holds. Measured on the national bench
     * database: a total or a grouping takes about 2.5 longs per selected problem, a light split
     * about 10 per lit problem; the bench's 14 questions (totals and six groupings, of all
     * campaigns and of one) took 6 million at 143,000 problems and would not fit in 8 million at
     * 218,000, where every read then merged again (25 ms of CPU each instead of 0.5). An entry
     * unread for 10 minutes goes, so the questions of an index that was replaced (the hourly
     * rebuild) or of a forgotten as-of day do not linger.
     */
    static final long MERGED_WEIGHT_LONGS = 16_000_000;
    private static final Cache<Key, Merged> MERGED = Caffeine.newBuilder()
            .maximumWeight(MERGED_WEIGHT_LONGS)
            .weigher((Key k, Merged m) -> (int) Math.min(Integer.MAX_VALUE, m.weight()))
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    /** When each question was last merged (of any version, kept or evicted since). */
    private static final Cache<Key, Long> MERGED_AT = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();
    private static final AtomicLong IDS = new AtomicLong();

    private record Key(long index, Query question) {
    }

    /**
     * One question's selected blocks merged, for one version of the index: the total (groupBy
     * null), the groups of a dimension, or the light split.
     */
    private record Merged(long version, Clocked total, Map<String, Clocked> groups, LightSplit lights) {

        long weight() {
            long w = 16;
            if (total != null) {
                w += total.weight();
            }
            if (groups != null) {
                for (Clocked c : groups.values()) {
                    w += 8 + c.weight();
                }
            }
            return lights == null ? w : w + lights.weight();
        }
    }

    private final long id = IDS.incrementAndGet();
    private final ZoneId zone;
    /** All units together: what a summary without a unit filter reads. */
    private final Map<Block.Key, Block> all = new HashMap<>();
    /** Per unit: what a summary for one unit (a liaison's, or filtered) reads. */
    private final Map<Long, Map<Block.Key, Block>> byUnit = new HashMap<>();
    private final Map<Long, ProblemFacts> facts = new HashMap<>();
    /** Changes with every put and remove: a merged entry of another version is not used. */
    private volatile long version;

    /**
     * How soon a question is merged again (after a change, or after its merged sums were evicted).
     * Merging is linear in the problems a question selects (about 25 ms of CPU for an unfiltered
     * question at 143,000 problems, 14 questions in the bench's mix); under a stream of writes the
     * aggregate changes at every catch-up (once a second), and with more questions than the bound
     * holds they would be merged at every read: either way merging cost more than it saved. In
     * between, a stale question is answered block by block, as before merged sums.
     */
    static final Duration REMERGE_EVERY = Duration.ofSeconds(5);

    private final long remergeEveryNanos;

    BlockIndex(ZoneId zone) {
        this(zone, REMERGE_EVERY);
    }

    BlockIndex(ZoneId zone, Duration remergeEvery) {
        this.zone = zone;
        this.remergeEveryNanos = remergeEvery.toNanos();
    }

    void put(ProblemFacts f) {
        if (f.equals(facts.get(f.id()))) {
            // unchanged (the feed names a problem again): the merged sums stay valid
            return;
        }
        remove(f.id());
        version++;
        // one boxed id for the three maps that hold the problem (three Longs each otherwise)
        Long id = f.id();
        add(all, Block.Key.of(f, false), id, f);
        add(byUnit.computeIfAbsent(f.unitId(), u -> new HashMap<>()), Block.Key.of(f, true), id, f);
        facts.put(id, f);
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
     * The summary at {@code now} from the question's merged sums: a few binary searches per group,
     * whatever the number of blocks or problems. The merged sums are built at a read after a
     * change, from the blocks' own cached sums (only the blocks that changed rebuild theirs).
     */
    Result summarise(Query q, Instant now) {
        long at = Clocked.micros(now);
        Merged all = current(new Query(null, q.unitId(), q.campaignId(), q.meetingId(), q.filedFrom(), q.filedTo()));
        Merged split = q.groupBy() == null ? all : current(q);
        if (all == null || split == null) {
            return blockByBlock(q, at);
        }
        Tally total = new Tally();
        all.total().addTo(total, at);
        Map<String, Tally> groups = new HashMap<>();
        if (q.groupBy() == Dimension.LIGHT) {
            if (split.lights() != null) {
                split.lights().addTo(groups, at);
            }
        } else if (q.groupBy() != null) {
            split.groups().forEach((k, c) -> c.addTo(groups.computeIfAbsent(k, x -> new Tally()), at));
        }
        return finish(q, total, groups);
    }

    /** Every selected block's own sums added up at {@code at}: the answer while a question waits to be merged again. */
    Result blockByBlock(Query q, long at) {
        Tally total = new Tally();
        Map<String, Tally> groups = new HashMap<>();
        for (Block b : select(q)) {
            b.total().addTo(total, at);
            if (q.groupBy() == Dimension.LIGHT) {
                b.lights().addTo(groups, at);
            } else if (q.groupBy() != null) {
                b.split(q.groupBy()).forEach((k, c) -> c.addTo(groups.computeIfAbsent(k, x -> new Tally()), at));
            }
        }
        return finish(q, total, groups);
    }

    private static Result finish(Query q, Tally total, Map<String, Tally> groups) {
        if (q.groupBy() == Dimension.LIGHT) {
            // closed problems have no light: NONE's days to close are all of them
            groups.computeIfAbsent(Dimension.NONE, k -> new Tally()).daysToClose = total.daysToClose.clone();
        }
        return new Result(total, groups);
    }

    /**
     * The blocks the filters select: those of the unit, or of all units, whose campaign, meeting
     * and filing day match. Filing days are part of the key, so a block is either wholly inside
     * the filters or wholly outside.
     */
    List<Block> select(Query q) {
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
        return selected;
    }

    /**
     * The question's merged sums of the current version, or null when they are stale or were
     * evicted and the question was merged less than {@code remergeEvery} ago: with more questions
     * than the bound holds, merging at every read would cost far more than reading block by block.
     */
    private Merged current(Query q) {
        Key key = new Key(id, q);
        long v = version;
        Merged m = MERGED.getIfPresent(key);
        if (m != null && m.version() == v) {
            return m;
        }
        if (mergedRecently(key)) {
            return null;
        }
        // one reader merges, the others asking the same question wait for it
        m = MERGED.asMap().compute(key, (k, old) -> {
            if (old != null && old.version() == v || mergedRecently(k)) {
                return old;
            }
            MERGED_AT.put(k, System.nanoTime());
            return merge(q, v);
        });
        return m != null && m.version() == v ? m : null;
    }

    private boolean mergedRecently(Key key) {
        Long at = MERGED_AT.getIfPresent(key);
        return at != null && System.nanoTime() - at < remergeEveryNanos;
    }

    private Merged merge(Query q, long v) {
        List<Block> selected = select(q);
        if (q.groupBy() == null) {
            return new Merged(v, Clocked.merge(selected.stream().map(Block::total).toList()), null, null);
        }
        if (q.groupBy() == Dimension.LIGHT) {
            LightSplit lights = selected.isEmpty() ? null
                    : LightSplit.merge(selected.stream().map(Block::lights).toList());
            return new Merged(v, null, null, lights);
        }
        Map<String, List<Clocked>> parts = new HashMap<>();
        for (Block b : selected) {
            b.split(q.groupBy()).forEach((k, c) -> parts.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
        }
        Map<String, Clocked> groups = new HashMap<>();
        parts.forEach((k, p) -> groups.put(k, Clocked.merge(p)));
        return new Merged(v, null, groups, null);
    }

    private void add(Map<Block.Key, Block> blocks, Block.Key key, Long id, ProblemFacts f) {
        blocks.computeIfAbsent(key, k -> new Block(k, zone)).put(id, f);
    }

    private static void drop(Map<Block.Key, Block> blocks, Block.Key key, long problemId) {
        Block b = blocks.get(key);
        b.remove(problemId);
        if (b.isEmpty()) {
            blocks.remove(key);
        }
    }
}
