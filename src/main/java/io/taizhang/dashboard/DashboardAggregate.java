package io.taizhang.dashboard;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.taizhang.common.TaizhangConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The dashboard's in-memory aggregate: every problem's {@link ProblemFacts} in {@link Block}s, built
 * from the database at start-up and kept current by following the ledger feed, in which every
 * change to a problem, its measures, urges, escalations and look-backs is an entry. Each instance
 * follows the feed on its own, so another instance's writes show up here as soon as this one
 * catches up: before a read when the aggregate is older than {@code max-staleness}, and every
 * {@code catch-up-every} in the background.
 */
@ApplicationScoped
public class DashboardAggregate {

    private static final Logger LOG = Logger.getLogger(DashboardAggregate.class);
    private static final int FEED_BATCH = 2_000;

    /** A summary's question: grouped by a dimension, filtered by unit, campaign, meeting and filing days. */
    public record Query(Dimension groupBy, Long unitId, Long campaignId, Long meetingId, LocalDate filedFrom,
            LocalDate filedTo) {
    }

    /** The answer before it is shaped for HTTP. */
    record Result(Tally total, Map<String, Tally> groups) {
    }

    private final DataSource dataSource;
    private final FactsLoader loader;
    private final ZoneId zone;
    private final long maxStalenessNanos;
    private final ManagedExecutor executor;
    /** Catch-ups and rebuilds one at a time, in feed order. */
    private final ReentrantLock catchUp = new ReentrantLock();
    /** Reads share, applying a batch of changes excludes them, so a read never sees half a batch. */
    private final ReentrantReadWriteLock state = new ReentrantReadWriteLock();
    private final Map<Block.Key, Block> blocks = new ConcurrentHashMap<>();
    private final Map<Long, Block.Key> placement = new HashMap<>();
    private volatile FactsLoader.Position position;
    private volatile long caughtUpAt;

    public DashboardAggregate(DataSource dataSource, FactsLoader loader, TaizhangConfig config,
            DashboardConfig dashboard, ManagedExecutor executor) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.zone = config.zone();
        this.maxStalenessNanos = dashboard.maxStaleness().toNanos();
        this.executor = executor;
    }

    void onStart(@Observes StartupEvent event) {
        // in the background, so readiness is not held back; reads meanwhile wait for the lock
        executor.runAsync(this::rebuild).exceptionally(failure -> {
            LOG.warn("the dashboard aggregate could not be built at start-up; the first read retries", failure);
            return null;
        });
    }

    @Scheduled(every = "${taizhang.dashboard.catch-up-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCatchUp() {
        if (position != null) {
            catchUp();
        }
    }

    @Scheduled(every = "${taizhang.dashboard.rebuild-every}", delayed = "${taizhang.dashboard.rebuild-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRebuild() {
        rebuild();
    }

    /** Reloads every problem and restarts following the feed from the horizon read before the load. */
    public void rebuild() {
        catchUp.lock();
        try (Connection c = dataSource.getConnection()) {
            long started = System.nanoTime();
            FactsLoader.Position horizon = loader.horizon(c);
            Map<Block.Key, Block> fresh = new HashMap<>();
            Map<Long, Block.Key> where = new HashMap<>();
            int[] count = {0};
            loader.all(c, zone, f -> {
                Block.Key key = Block.Key.of(f);
                fresh.computeIfAbsent(key, k -> new Block(k, zone)).put(f);
                where.put(f.id(), key);
                count[0]++;
            });
            state.writeLock().lock();
            try {
                blocks.clear();
                blocks.putAll(fresh);
                placement.clear();
                placement.putAll(where);
            } finally {
                state.writeLock().unlock();
            }
            position = horizon;
            caughtUpAt = System.nanoTime();
            LOG.infof("dashboard aggregate built: %d problems in %d blocks, %d ms", count[0], fresh.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the dashboard aggregate", e);
        } finally {
            catchUp.unlock();
        }
    }

    /** Applies every feed entry committed since the last catch-up by reloading the problems they name. */
    public void catchUp() {
        catchUp.lock();
        try {
            if (position == null) {
                rebuild();
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                FactsLoader.Changes changes;
                do {
                    changes = loader.changesAfter(c, position, FEED_BATCH);
                    if (!changes.problemIds().isEmpty()) {
                        apply(changes.problemIds(), loader.some(c, zone, changes.problemIds()));
                    }
                    position = changes.next();
                } while (changes.more());
                caughtUpAt = System.nanoTime();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot follow the ledger feed", e);
            }
        } finally {
            catchUp.unlock();
        }
    }

    /** The summary at {@code now}, after catching up if the aggregate is older than allowed. */
    Result summarise(Query q, Instant now) {
        if (position == null || System.nanoTime() - caughtUpAt >= maxStalenessNanos) {
            catchUp();
        }
        Tally total = new Tally();
        Map<String, Tally> groups = new HashMap<>();
        state.readLock().lock();
        try {
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
        } finally {
            state.readLock().unlock();
        }
        return new Result(total, groups);
    }

    private static boolean inRange(LocalDate day, Query q) {
        return (q.filedFrom() == null || !day.isBefore(q.filedFrom())) && (q.filedTo() == null || !day.isAfter(q.filedTo()));
    }

    private void apply(Iterable<Long> requested, List<ProblemFacts> loaded) {
        state.writeLock().lock();
        try {
            for (Long id : requested) {
                Block.Key old = placement.remove(id);
                if (old != null) {
                    Block b = blocks.get(old);
                    b.remove(id);
                    if (b.isEmpty()) {
                        blocks.remove(old);
                    }
                }
            }
            for (ProblemFacts f : loaded) {
                Block.Key key = Block.Key.of(f);
                blocks.computeIfAbsent(key, k -> new Block(k, zone)).put(f);
                placement.put(f.id(), key);
            }
        } finally {
            state.writeLock().unlock();
        }
    }
}
