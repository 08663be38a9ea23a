package io.taizhang.dashboard;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.HttpServerStart;
import io.taizhang.common.TaizhangConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * {@code catch-up-every} in the background. The feed's position moves only below the horizon of
 * transactions still running (so no late commit is ever skipped); entries already committed above
 * it are applied as well, without moving the position, so a write is visible to the next read even
 * while a long transaction elsewhere holds the horizon back.
 */
@ApplicationScoped
public class DashboardAggregate {

    private static final Logger LOG = Logger.getLogger(DashboardAggregate.class);
    private static final int FEED_BATCH = 2_000;

    /** A summary's question: grouped by a dimension, filtered by unit, campaign, meeting and filing days. */
    public record Query(Dimension groupBy, Long unitId, Long campaignId, Long meetingId, LocalDate filedFrom,
            LocalDate filedTo) {
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
    private volatile BlockIndex index;
    private volatile FactsLoader.Position position;
    private volatile long caughtUpAt;
    private final AtomicBoolean started = new AtomicBoolean();

    public DashboardAggregate(DataSource dataSource, FactsLoader loader, TaizhangConfig config,
            DashboardConfig dashboard, ManagedExecutor executor) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.zone = config.zone();
        this.maxStalenessNanos = dashboard.maxStaleness().toNanos();
        this.executor = executor;
    }

    /**
     * Builds the aggregate in the background once the HTTP server listens, so readiness is not held
     * back; reads meanwhile wait for the lock. Not at StartupEvent: that fires before the server
     * opens its socket, and on a two-core machine a national build (about 2 s of CPU) competed
     * with the rest of start-up for the cores (JFR from launch).
     */
    void onStart(@ObservesAsync HttpServerStart event) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        executor.runAsync(this::rebuild).exceptionally(failure -> {
            LOG.warn("the dashboard aggregate could not be built at start-up; the first read retries", failure);
            return null;
        });
    }

    @Scheduled(every = "${taizhang.dashboard.catch-up-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCatchUp() {
        if (index != null) {
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
            BlockIndex fresh = new BlockIndex(zone);
            loader.all(c, zone, fresh::put);
            state.writeLock().lock();
            try {
                index = fresh;
            } finally {
                state.writeLock().unlock();
            }
            position = horizon;
            caughtUpAt = System.nanoTime();
            LOG.infof("dashboard aggregate built: %d problems in %d blocks, %d ms", fresh.problems(), fresh.blocks(),
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
            if (index == null) {
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
                // read-your-writes: problems whose entries committed above the horizon are reloaded
                // now and again once the horizon passes them (the position does not move here)
                Set<Long> recent = loader.recentAbove(c, position, FEED_BATCH);
                if (!recent.isEmpty()) {
                    apply(recent, loader.some(c, zone, recent));
                }
                caughtUpAt = System.nanoTime();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot follow the ledger feed", e);
            }
        } finally {
            catchUp.unlock();
        }
    }

    /** The summary at {@code now}, after catching up if the aggregate is older than allowed. */
    BlockIndex.Result summarise(Query q, Instant now) {
        if (stale()) {
            catchUp.lock();
            try {
                // readers that queued behind another's catch-up find the aggregate fresh and skip theirs
                if (stale()) {
                    catchUp();
                }
            } finally {
                catchUp.unlock();
            }
        }
        state.readLock().lock();
        try {
            return index.summarise(q, now);
        } finally {
            state.readLock().unlock();
        }
    }

    private boolean stale() {
        return index == null || System.nanoTime() - caughtUpAt >= maxStalenessNanos;
    }

    private void apply(Iterable<Long> requested, List<ProblemFacts> loaded) {
        state.writeLock().lock();
        try {
            // a problem reloaded unchanged must not count as a change (see BlockIndex.put): only
            // those gone from the table are removed, the others replaced
            Set<Long> present = new HashSet<>();
            loaded.forEach(f -> present.add(f.id()));
            requested.forEach(id -> {
                if (!present.contains(id)) {
                    index.remove(id);
                }
            });
            loaded.forEach(index::put);
        } finally {
            state.writeLock().unlock();
        }
    }
}
