package io.taizhang.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Business gauges on /q/metrics for teams that run Prometheus and Grafana: open problems by unit
 * and light, overdue problems by unit, escalations by status. Recomputed every
 * {@code taizhang.live.gauges-refresh} by two aggregate queries; a scrape only reads the held
 * values, so scraping often costs the database nothing. Lights follow the stored thresholds
 * exactly as the problem list's light filter does.
 */
@ApplicationScoped
public class BusinessGauges {

    static final String OPEN = "taizhang.problems.open";
    static final String OVERDUE = "taizhang.problems.overdue";
    static final String ESCALATIONS = "taizhang.escalations";
    private static final Logger LOG = Logger.getLogger(BusinessGauges.class);

    private static final String PROBLEMS = """
            SELECT u.code,
                   CASE WHEN p.light_red_at <= :now THEN 'RED' WHEN p.light_yellow_at <= :now THEN 'YELLOW'
                        WHEN p.light_yellow_at IS NOT NULL THEN 'GREEN' ELSE 'NONE' END AS light,
                   count(*), count(*) FILTER (WHERE p.deadline < :today)
            FROM problem p JOIN unit u ON u.id = p.unit_id
            WHERE p.status <> 'CLOSED'
            GROUP BY 1, 2""";

    private final EntityManager em;
    private final MeterRegistry registry;
    private final BusinessCalendar calendar;
    /** Strong references: Micrometer holds gauge state objects only weakly. */
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    public BusinessGauges(EntityManager em, MeterRegistry registry, BusinessCalendar calendar) {
        this.em = em;
        this.registry = registry;
        this.calendar = calendar;
    }

    // the first refresh waits until start-up is over: at national scale it registers some 14,000
    // gauges (3,500 units by light), CPU that readiness would otherwise wait for on a two-core machine
    @Scheduled(every = "${taizhang.live.gauges-refresh}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("business gauges not refreshed: %s", e.toString());
        }
    }

    /** Recomputes every gauge; a series that has no rows any more reads 0, it does not vanish. */
    public void refresh() {
        Instant now = calendar.now();
        List<Object[]> problems = QuarkusTransaction.requiringNew().call(() -> rows(em.createNativeQuery(PROBLEMS)
                .setParameter("now", Timestamp.from(now)).setParameter("today", calendar.today()).getResultList()));
        List<Object[]> escalations = QuarkusTransaction.requiringNew().call(() -> rows(em.createNativeQuery(
                "SELECT status, count(*) FROM escalation WHERE status IN ('PROPOSED', 'ACTIVE') GROUP BY status")
                .getResultList()));
        Set<String> seen = new HashSet<>();
        Map<String, Long> overdue = new ConcurrentHashMap<>();
        for (Object[] r : problems) {
            String unit = (String) r[0];
            seen.add(set(OPEN, Tags.of("unit", unit, "light", (String) r[1]), ((Number) r[2]).longValue()));
            overdue.merge(unit, ((Number) r[3]).longValue(), Long::sum);
        }
        overdue.forEach((unit, n) -> seen.add(set(OVERDUE, Tags.of("unit", unit), n)));
        seen.add(set(ESCALATIONS, Tags.of("status", "ACTIVE"), 0));
        seen.add(set(ESCALATIONS, Tags.of("status", "PROPOSED"), 0));
        for (Object[] r : escalations) {
            set(ESCALATIONS, Tags.of("status", (String) r[0]), ((Number) r[1]).longValue());
        }
        values.forEach((key, value) -> {
            if (!seen.contains(key)) {
                value.set(0);
            }
        });
    }

    private String set(String name, Tags tags, long value) {
        String key = name + tags;
        values.computeIfAbsent(key, k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::get).tags(tags).register(registry);
            return holder;
        }).set(value);
        return key;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
