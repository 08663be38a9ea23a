package io.taizhang.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** The service's own settings ({@code taizhang.*}); every one is in the README's configuration table. */
@ConfigMapping(prefix = "taizhang")
public interface TaizhangConfig {

    /** Time zone of deadlines and "today". */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Token that makes sure an admin account exists at start-up (env TAIZHANG_BOOTSTRAP_ADMIN_TOKEN). */
    Optional<String> bootstrapAdminToken();

    Tokens tokens();

    Api api();

    Demo demo();

    RateLimit rateLimit();

    Supervision supervision();

    interface Tokens {
        /** Lifetime of a token issued without an explicit expiry. */
        @WithDefault("P90D")
        Duration defaultLifetime();

        /** Longest lifetime an admin may give a token. */
        @WithDefault("P366D")
        Duration maxLifetime();

        /** How long a verified token stays in the in-memory cache before it is looked up again. */
        @WithDefault("PT30S")
        Duration cacheTtl();
    }

    interface Api {
        /** Largest accepted request body, in bytes. */
        @WithDefault("262144")
        int maxBodyBytes();

        /** How long an Idempotency-Key is remembered. */
        @WithDefault("PT24H")
        Duration idempotencyRetention();
    }

    /** Per-account request rate limit (README: Reliability under load and faults). */
    interface RateLimit {
        /** Off switch: without it every authenticated request is counted. */
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second one account may send to one instance. */
        @WithDefault("20")
        double requestsPerSecond();

        /** Requests an idle account may send at once before the sustained rate applies. */
        @WithDefault("100")
        int burst();
    }

    interface Demo {
        /** Load the 13-unit demo data set and print demo tokens at start-up (dev mode). */
        @WithDefault("false")
        boolean enabled();
    }

    /** Follow-up, urging, escalation and look-back (README: Follow-up, urging, escalation and look-back). */
    interface Supervision {

        Lights lights();

        Escalation escalation();

        LookBack lookBack();

        Evaluation evaluation();

        /** Thresholds of the traffic lights; a change makes the service recompute every stored threshold. */
        interface Lights {
            /** YELLOW once the deadline is at most this many days away and the work is not done. */
            @WithDefault("7")
            int yellowWindowDays();

            /** YELLOW once progress lags the straight line from start to deadline by this many points. */
            @WithDefault("20")
            int lagMarginPercent();
        }

        /** The rules that propose an escalation (挂牌督办). */
        interface Escalation {
            /** A measure (or the problem itself) RED for more than this many days. */
            @WithDefault("14")
            int redDays();

            /** A measure that has turned YELLOW this many times. */
            @WithDefault("2")
            int yellowSpells();
        }

        interface LookBack {
            /** Days between a close-out and its look-back (consolidation period). */
            @WithDefault("90")
            int consolidationDays();

            /** Days after the due date before a look-back not yet recorded counts as overdue. */
            @WithDefault("30")
            int graceDays();
        }

        interface Evaluation {
            /** When the scheduled evaluation runs (Quarkus cron); "off" disables it on this instance. */
            @WithDefault("0 15 * * * ?")
            String cron();
        }
    }
}
