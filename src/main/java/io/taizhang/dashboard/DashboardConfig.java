package io.taizhang.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the dashboard aggregate ({@code taizhang.dashboard.*}); all in the README's configuration table. */
@ConfigMapping(prefix = "taizhang.dashboard")
public interface DashboardConfig {

    /**
     * How old the aggregate may be when a summary is read. An older one first catches up with the
     * ledger feed (one indexed query, plus one per changed problem batch). Zero: every read catches up.
     */
    @WithDefault("PT1S")
    Duration maxStaleness();

    /** How often the aggregate follows the feed in the background, so that reads rarely have to. */
    @WithDefault("5s")
    String catchUpEvery();

    /**
     * How often the aggregate is rebuilt from the problem table, to pick up what the feed does not
     * announce (a recompute of every light threshold after the light settings changed).
     */
    @WithDefault("1h")
    String rebuildEvery();

    /** How many replayed past days (as-of summaries) are kept in memory; 0 keeps none. */
    @WithDefault("4")
    int asOfCacheDays();

    /** How long a weekly trend, once replayed from the ledger, answers the same question again. */
    @WithDefault("PT1M")
    Duration trendsCacheTtl();
}
