package io.taizhang.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.dashboard.DashboardConfig;
import io.taizhang.live.LiveSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds the config mappings no longer carry as annotations still stop a bad start. */
class SettingsBoundsTest {

    private static List<String> violations(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(TaizhangConfig.class)
                .withMapping(LiveSettings.class)
                .withMapping(DashboardConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return SettingsBounds.violations(config.getConfigMapping(TaizhangConfig.class),
                config.getConfigMapping(LiveSettings.class), config.getConfigMapping(DashboardConfig.class));
    }

    @Test
    void defaultsAreWithinBounds() {
        assertEquals(List.of(), violations(Map.of()));
    }

    @Test
    void valuesOnTheBoundsPass() {
        assertEquals(List.of(), violations(Map.of(
                "taizhang.supervision.lights.yellow-window-days", "365",
                "taizhang.supervision.lights.lag-margin-percent", "0",
                "taizhang.live.max-subscribers", "1000",
                "taizhang.live.backlog", "10",
                "taizhang.dashboard.as-of-cache-days", "0")));
    }

    @Test
    void everyOffenceIsNamed() {
        assertEquals(List.of(
                "taizhang.rate-limit.requests-per-second = 0.0: must be > 0",
                "taizhang.rate-limit.burst = 0: must be >= 1",
                "taizhang.supervision.lights.yellow-window-days = 366: must be <= 365",
                "taizhang.supervision.lights.lag-margin-percent = -1: must be >= 0",
                "taizhang.supervision.escalation.red-days = -1: must be >= 0",
                "taizhang.supervision.escalation.yellow-spells = 0: must be >= 1",
                "taizhang.supervision.look-back.consolidation-days = 0: must be >= 1",
                "taizhang.supervision.look-back.grace-days = -2: must be >= 0",
                "taizhang.live.max-subscribers = 1001: must be <= 1000",
                "taizhang.live.backlog = 9: must be >= 10",
                "taizhang.dashboard.as-of-cache-days = -1: must be >= 0"),
                violations(Map.ofEntries(
                        Map.entry("taizhang.rate-limit.requests-per-second", "0"),
                        Map.entry("taizhang.rate-limit.burst", "0"),
                        Map.entry("taizhang.supervision.lights.yellow-window-days", "366"),
                        Map.entry("taizhang.supervision.lights.lag-margin-percent", "-1"),
                        Map.entry("taizhang.supervision.escalation.red-days", "-1"),
                        Map.entry("taizhang.supervision.escalation.yellow-spells", "0"),
                        Map.entry("taizhang.supervision.look-back.consolidation-days", "0"),
                        Map.entry("taizhang.supervision.look-back.grace-days", "-2"),
                        Map.entry("taizhang.live.max-subscribers", "1001"),
                        Map.entry("taizhang.live.backlog", "9"),
                        Map.entry("taizhang.dashboard.as-of-cache-days", "-1"))));
    }
}
