package io.taizhang.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live feed and the business gauges ({@code taizhang.live.*}); all in the README's configuration table. */
@ConfigMapping(prefix = "taizhang.live")
public interface LiveSettings {

    /** How often the one shared poller reads new ledger entries for all subscribers (a Quarkus duration, e.g. 1s). */
    @WithDefault("1s")
    String pollInterval();

    /** How long a stream may stay silent before a comment line (heartbeat) is sent. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** Streams one instance serves at once; each holds a worker thread. More are refused with 429. */
    @WithDefault("50")
    int maxSubscribers();

    /** Entries waiting for one slow subscriber before its stream is closed (it resumes with Last-Event-ID). */
    @WithDefault("5000")
    int backlog();

    /** How often the business gauges on /q/metrics are recomputed (a Quarkus duration, e.g. 60s). */
    @WithDefault("60s")
    String gaugesRefresh();
}
