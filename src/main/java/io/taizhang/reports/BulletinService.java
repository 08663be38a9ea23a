package io.taizhang.reports;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.reports.Bulletin.Item;
import io.taizhang.reports.Bulletin.UnitSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds bulletins from the ledger alone: an entry belongs to the period when it occurred in it
 * (dates in the campaign's zone, both ends included). One aggregate query over the entries of the
 * period (indexed by occurred_at) groups them per unit, problem and kind; nothing else is read.
 * Native SQL because the RED and close-out conditions look into the entries' JSONB changes.
 */
@ApplicationScoped
public class BulletinService {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 366;

    /** Which list a ledger entry puts its problem on. */
    enum Section {
        NEWLY_FILED, PROGRESSED, CLOSED_OUT, WENT_RED, ESCALATED;

        static Section of(String kind) {
            return switch (kind) {
                case "PROBLEM_FILED" -> NEWLY_FILED;
                case "VERIFICATION_RECORDED" -> CLOSED_OUT;
                case "LIGHT_CHANGED" -> WENT_RED;
                case "ESCALATED" -> ESCALATED;
                default -> PROGRESSED;
            };
        }
    }

    private static final String ENTRIES = """
            SELECT e.unit_id, e.problem_id, e.kind, count(*), min(e.occurred_at), max(e.occurred_at),
                   p.ledger_number, p.title
            FROM ledger_entry e JOIN problem p ON p.id = e.problem_id
            WHERE e.occurred_at >= :from AND e.occurred_at < :until
              AND (e.kind IN ('PROBLEM_FILED', 'MEASURE_ADDED', 'MEASURE_STARTED', 'PROGRESS_REPORTED',
                              'EVIDENCE_ADDED', 'MEASURE_COMPLETED', 'ESCALATED')
                   OR (e.kind = 'VERIFICATION_RECORDED' AND e.changes -> 'status' ->> 'after' = 'CLOSED')
                   OR (e.kind = 'LIGHT_CHANGED' AND e.changes -> 'light' ->> 'after' = 'RED'))
              %s
            GROUP BY e.unit_id, e.problem_id, e.kind, p.ledger_number, p.title
            ORDER BY e.unit_id, min(e.occurred_at), e.problem_id""";

    private static final Comparator<String> BY_KIND = Comparator.comparing(kind -> LedgerKind.valueOf(kind).ordinal());

    private final EntityManager em;
    private final BusinessCalendar calendar;

    public BulletinService(EntityManager em, BusinessCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    @Transactional
    public Bulletin bulletin(Caller caller, LocalDate from, LocalDate to, Long unitId, Long campaignId) {
        LocalDate end = to != null ? to : calendar.today();
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ApiException.invalid("from", "a bulletin covers at most " + MAX_DAYS + " days");
        }
        Long own = caller.visibleUnitOnly();
        Long unit = own != null ? own : unitId;
        boolean foreign = own != null && unitId != null && !own.equals(unitId);
        List<UnitSection> units = foreign ? List.of() : sections(unit, campaignId,
                start.atStartOfDay(calendar.zone()).toInstant(), end.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
        return new Bulletin(start, end, campaignId, Bulletin.Totals.of(units), units);
    }

    private List<UnitSection> sections(Long unitId, Long campaignId, Instant from, Instant until) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Timestamp.from(from));
        params.put("until", Timestamp.from(until));
        if (unitId != null) {
            where.append(" AND e.unit_id = :unit");
            params.put("unit", unitId);
        }
        if (campaignId != null) {
            where.append(" AND p.campaign_id = :campaign");
            params.put("campaign", campaignId);
        }
        Query query = em.createNativeQuery(ENTRIES.formatted(where));
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        // unit → section → problem → item under construction, in the order of first occurrence
        Map<Long, Map<Section, Map<Long, Item>>> byUnit = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long unit = ((Number) r[0]).longValue();
            long problem = ((Number) r[1]).longValue();
            String kind = (String) r[2];
            int count = ((Number) r[3]).intValue();
            Instant first = instant(r[4]);
            Instant last = instant(r[5]);
            Map<Long, Item> items = byUnit.computeIfAbsent(unit, u -> new EnumMap<>(Section.class))
                    .computeIfAbsent(Section.of(kind), s -> new LinkedHashMap<>());
            Item before = items.get(problem);
            // in the ledger's order of kinds, so the same facts always read the same
            Map<String, Integer> entries = new TreeMap<>(BY_KIND);
            entries.putAll(before == null ? Map.of() : before.entries());
            entries.put(kind, count);
            items.put(problem, new Item(problem, (String) r[6], (String) r[7],
                    before == null || first.isBefore(before.firstAt()) ? first : before.firstAt(),
                    before == null || last.isAfter(before.lastAt()) ? last : before.lastAt(), entries));
        }
        List<UnitSection> sections = new ArrayList<>();
        for (Object[] u : units(unitId)) {
            long id = ((Number) u[0]).longValue();
            Map<Section, Map<Long, Item>> lists = byUnit.getOrDefault(id, Map.of());
            boolean active = (Boolean) u[4];
            if (!active && lists.isEmpty()) {
                continue;
            }
            sections.add(UnitSection.of(id, (String) u[1], (String) u[2], (String) u[3], list(lists, Section.NEWLY_FILED),
                    list(lists, Section.PROGRESSED), list(lists, Section.CLOSED_OUT), list(lists, Section.WENT_RED),
                    list(lists, Section.ESCALATED)));
        }
        return sections;
    }

    private List<Object[]> units(Long unitId) {
        Query query = em.createNativeQuery("SELECT id, code, name_zh, name_en, active FROM unit"
                + (unitId == null ? "" : " WHERE id = :unit") + " ORDER BY id");
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static List<Item> list(Map<Section, Map<Long, Item>> lists, Section section) {
        return List.copyOf(lists.getOrDefault(section, Map.of()).values());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
