package io.taizhang.dashboard;

import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.dashboard.DashboardDtos.Trends;
import io.taizhang.supervision.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Weekly trends, replayed from the ledger on each request (one index scan of the entries written
 * until the end of the last week, {@code O(entries)}), and kept for {@code trends-cache-ttl} per
 * question so that a room full of boards costs one replay.
 */
@ApplicationScoped
class TrendService {

    static final int MAX_WEEKS = 104;
    private static final int CACHED_QUESTIONS = 64;

    record Question(LocalDate firstMonday, int weeks, Long unitId, Long campaignId, Long meetingId) {
    }

    private record Cached(Trends trends, long at) {
    }

    private final LedgerReplay replay;
    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final long ttlNanos;
    private final Map<Question, Cached> cache = new LinkedHashMap<>(16, 0.75f, true);

    TrendService(LedgerReplay replay, BusinessCalendar calendar, TaizhangConfig config, DashboardConfig dashboard) {
        this.replay = replay;
        this.calendar = calendar;
        this.zone = config.zone();
        this.ttlNanos = dashboard.trendsCacheTtl().toNanos();
    }

    Trends trends(Caller caller, LocalDate from, LocalDate to, Long unitId, Long campaignId, Long meetingId) {
        LocalDate today = calendar.today();
        LocalDate last = to == null ? today : to;
        if (last.isAfter(today)) {
            throw ApiException.invalid("to", "must not be after today");
        }
        LocalDate first = from == null ? last.minusWeeks(11) : from;
        if (first.isAfter(last)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        LocalDate firstMonday = first.with(DayOfWeek.MONDAY);
        int weeks = (int) ChronoUnit.WEEKS.between(firstMonday, last.with(DayOfWeek.MONDAY)) + 1;
        if (weeks > MAX_WEEKS) {
            throw ApiException.invalid("from", "at most " + MAX_WEEKS + " weeks");
        }
        UnitScope scope = UnitScope.of(caller, unitId);
        Question q = new Question(firstMonday, weeks, scope.unitId(), campaignId, meetingId);
        Instant now = calendar.now();
        TrendCollector collector = new TrendCollector(firstMonday, weeks, now, zone, campaignId, meetingId);
        if (scope.nothing()) {
            return trends(q, collector);
        }
        synchronized (cache) {
            Cached hit = cache.get(q);
            if (hit != null && System.nanoTime() - hit.at() < ttlNanos) {
                return hit.trends();
            }
        }
        replay.replay(collector.until(), scope.unitId(), collector);
        Trends trends = trends(q, collector);
        synchronized (cache) {
            cache.put(q, new Cached(trends, System.nanoTime()));
            while (cache.size() > CACHED_QUESTIONS) {
                cache.remove(cache.keySet().iterator().next());
            }
        }
        return trends;
    }

    private static Trends trends(Question q, TrendCollector collector) {
        return new Trends(q.firstMonday(), q.firstMonday().plusWeeks(q.weeks()).minusDays(1), q.unitId(), q.campaignId(),
                q.meetingId(), collector.weeks());
    }
}
