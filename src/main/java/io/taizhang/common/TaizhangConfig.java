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

    interface Demo {
        /** Load the 13-unit demo data set and print demo tokens at start-up (dev mode). */
        @WithDefault("false")
        boolean enabled();
    }
}
