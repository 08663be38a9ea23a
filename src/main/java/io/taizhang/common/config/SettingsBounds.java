package io.taizhang.common.config;

import io.quarkus.runtime.StartupEvent;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.dashboard.DashboardConfig;
import io.taizhang.live.LiveSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds of the numeric settings, checked once at start-up: a value out of bounds stops the start
 * and every offending property is named. Deliberately not jakarta.validation constraints on the
 * {@code @ConfigMapping} interfaces: a single constraint on any mapping makes Quarkus build
 * Hibernate Validator metadata for every config class of the application and its extensions (156
 * here) before anything else starts, a fifth of the main thread's start-up (JFR, national bench).
 * Keep new bounds here, not as annotations on the mappings.
 */
@ApplicationScoped
public class SettingsBounds {

    private final TaizhangConfig taizhang;
    private final LiveSettings live;
    private final DashboardConfig dashboard;

    public SettingsBounds(TaizhangConfig taizhang, LiveSettings live, DashboardConfig dashboard) {
        this.taizhang = taizhang;
        this.live = live;
        this.dashboard = dashboard;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        List<String> wrong = violations(taizhang, live, dashboard);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("settings out of bounds: " + String.join("; ", wrong));
        }
    }

    /** Every setting outside its bounds, as "property = value: the bound". */
    static List<String> violations(TaizhangConfig t, LiveSettings l, DashboardConfig d) {
        List<String> wrong = new ArrayList<>();
        if (!(t.rateLimit().requestsPerSecond() > 0)) {
            wrong.add("taizhang.rate-limit.requests-per-second = " + t.rateLimit().requestsPerSecond() + ": must be > 0");
        }
        within(wrong, "taizhang.rate-limit.burst", t.rateLimit().burst(), 1, Integer.MAX_VALUE);
        TaizhangConfig.Supervision s = t.supervision();
        within(wrong, "taizhang.supervision.lights.yellow-window-days", s.lights().yellowWindowDays(), 0, 365);
        within(wrong, "taizhang.supervision.lights.lag-margin-percent", s.lights().lagMarginPercent(), 0, 100);
        within(wrong, "taizhang.supervision.escalation.red-days", s.escalation().redDays(), 0, Integer.MAX_VALUE);
        within(wrong, "taizhang.supervision.escalation.yellow-spells", s.escalation().yellowSpells(), 1, Integer.MAX_VALUE);
        within(wrong, "taizhang.supervision.look-back.consolidation-days", s.lookBack().consolidationDays(), 1,
                Integer.MAX_VALUE);
        within(wrong, "taizhang.supervision.look-back.grace-days", s.lookBack().graceDays(), 0, Integer.MAX_VALUE);
        within(wrong, "taizhang.live.max-subscribers", l.maxSubscribers(), 1, 1000);
        within(wrong, "taizhang.live.backlog", l.backlog(), 10, Integer.MAX_VALUE);
        within(wrong, "taizhang.dashboard.as-of-cache-days", d.asOfCacheDays(), 0, Integer.MAX_VALUE);
        return wrong;
    }

    private static void within(List<String> wrong, String property, int value, int min, int max) {
        if (value < min) {
            wrong.add(property + " = " + value + ": must be >= " + min);
        } else if (value > max) {
            wrong.add(property + " = " + value + ": must be <= " + max);
        }
    }
}
