package io.taizhang.dashboard;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.dashboard.DashboardAggregate.Query;
import io.taizhang.dashboard.DashboardDtos.Filters;
import io.taizhang.dashboard.DashboardDtos.Group;
import io.taizhang.dashboard.DashboardDtos.Summary;
import io.taizhang.supervision.UnitScope;
import io.taizhang.units.Unit;
import io.taizhang.units.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dashboard summaries for a caller: a liaison's are of its own unit only, everybody else's of all units. */
@ApplicationScoped
public class DashboardService {

    private final DashboardAggregate aggregate;
    private final AsOfSummaries asOf;
    private final UnitRepository units;
    private final BusinessCalendar calendar;

    public DashboardService(DashboardAggregate aggregate, AsOfSummaries asOf, UnitRepository units,
            BusinessCalendar calendar) {
        this.aggregate = aggregate;
        this.asOf = asOf;
        this.units = units;
        this.calendar = calendar;
    }

    public Summary summary(Caller caller, Query requested) {
        checkRange(requested.filedFrom(), requested.filedTo());
        UnitScope scope = UnitScope.of(caller, requested.unitId());
        Query q = new Query(requested.groupBy(), scope.unitId(), requested.campaignId(), requested.meetingId(),
                requested.filedFrom(), requested.filedTo());
        Instant now = calendar.now();
        BlockIndex.Result result = scope.nothing()
                ? BlockIndex.Result.empty()
                : aggregate.summarise(q, now);
        return shape(q, scope, null, null, result);
    }

    /** The summary as the ledger stood at the end of {@code day}, a day before today. */
    public Summary asOf(Caller caller, LocalDate day, Query requested) {
        if (day == null) {
            throw ApiException.invalid("date", "is required");
        }
        if (!day.isBefore(calendar.today())) {
            throw ApiException.invalid("date", "must be before today (today's numbers are the live summary)");
        }
        checkRange(requested.filedFrom(), requested.filedTo());
        UnitScope scope = UnitScope.of(caller, requested.unitId());
        Query q = new Query(requested.groupBy(), scope.unitId(), requested.campaignId(), requested.meetingId(),
                requested.filedFrom(), requested.filedTo());
        if (scope.nothing()) {
            return shape(q, scope, day.plusDays(1).atStartOfDay(calendar.zone()).toInstant().minusNanos(1_000), day,
                    BlockIndex.Result.empty());
        }
        AsOfSummaries.Day replayed = asOf.day(day);
        return shape(q, scope, replayed.at(), day, replayed.index().summarise(q, replayed.at()));
    }

    private Summary shape(Query q, UnitScope scope, Instant at, LocalDate asOf, BlockIndex.Result result) {
        Filters filters = new Filters(q.campaignId(), q.meetingId(), q.unitId(), q.filedFrom(), q.filedTo());
        return new Summary(q.groupBy(), at, asOf, filters, result.total().metrics(), groups(q, scope, result.groups()));
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("filedTo", "must not be before filedFrom");
        }
    }

    private List<Group> groups(Query q, UnitScope scope, Map<String, Tally> tallies) {
        List<Group> groups = new ArrayList<>();
        if (q.groupBy() == null) {
            return groups;
        }
        if (q.groupBy() != Dimension.UNIT) {
            for (String key : q.groupBy().allKeys()) {
                groups.add(new Group(key, null, null, tallies.getOrDefault(key, new Tally()).metrics()));
            }
            return groups;
        }
        // every unit the caller may see, with or without problems, in id order
        Map<Long, String> codes = new TreeMap<>();
        if (!scope.nothing()) {
            for (Unit u : units.listAll()) {
                if (scope.unitId() == null || scope.unitId().equals(u.id)) {
                    if (u.active || tallies.containsKey(Long.toString(u.id))) {
                        codes.put(u.id, u.code);
                    }
                }
            }
        }
        codes.forEach((id, code) -> groups.add(new Group(Long.toString(id), id, code,
                tallies.getOrDefault(Long.toString(id), new Tally()).metrics())));
        return groups;
    }
}
