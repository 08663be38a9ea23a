package io.taizhang.dashboard;

import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.supervision.lights.LightSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Summaries as the ledger stood at the end of a past day. The ledger is replayed up to the first
 * instant of the next day (every entry written before it, problem by problem in chain order), each
 * problem's facts are rebuilt, lights recomputed from the replayed deadlines and progress, and the
 * facts put in a {@link BlockIndex} evaluated one microsecond before midnight. The replay reads
 * every relevant entry written until then: its cost grows with the ledger (one index scan), so
 * the index of a day is kept for later requests. A past day cannot change once every transaction
 * that was running at its midnight has ended (a transaction is bounded by the 28 s transaction
 * timeout), so a day is cached only when its end is more than {@link #SETTLED} ago.
 */
@ApplicationScoped
class AsOfSummaries {

    private static final Logger LOG = Logger.getLogger(AsOfSummaries.class);
    static final Duration SETTLED = Duration.ofMinutes(1);

    /** A replayed day: its index and the instant it is evaluated at. */
    record Day(BlockIndex index, Instant at) {
    }

    private final LedgerReplay replay;
    private final LightSettings lights;
    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final int cacheDays;
    private final Map<LocalDate, CompletableFuture<Day>> cache;

    AsOfSummaries(LedgerReplay replay, LightSettings lights, BusinessCalendar calendar, TaizhangConfig config,
            DashboardConfig dashboard) {
        this.replay = replay;
        this.lights = lights;
        this.calendar = calendar;
        this.zone = config.zone();
        this.cacheDays = dashboard.asOfCacheDays();
        this.cache = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The end of {@code day} as the ledger stood; {@code day} is before today. */
    Day day(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        if (cacheDays == 0 || calendar.now().isBefore(end.plus(SETTLED))) {
            return build(day, end);
        }
        CompletableFuture<Day> mine = new CompletableFuture<>();
        CompletableFuture<Day> existing;
        synchronized (cache) {
            existing = cache.putIfAbsent(day, mine);
            while (cache.size() > cacheDays) {
                cache.remove(cache.keySet().iterator().next());
            }
        }
        if (existing != null) {
            return existing.join();
        }
        try {
            mine.complete(build(day, end));
        } catch (RuntimeException e) {
            synchronized (cache) {
                cache.remove(day, mine);
            }
            mine.completeExceptionally(e);
        }
        return mine.join();
    }

    /** Forgets every replayed day (tests reset the database behind the service's back). */
    void clear() {
        synchronized (cache) {
            cache.clear();
        }
    }

    private Day build(LocalDate day, Instant end) {
        long started = System.nanoTime();
        BlockIndex index = new BlockIndex(zone);
        replay.replay(end, null, p -> index.put(p.facts(lights.rules(), zone)));
        LOG.infof("replayed the ledger to the end of %s: %d problems, %d ms", day, index.problems(),
                (System.nanoTime() - started) / 1_000_000);
        return new Day(index, end.minusNanos(1_000));
    }
}
