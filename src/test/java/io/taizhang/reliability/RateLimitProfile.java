package io.taizhang.reliability;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A limit small enough to reach in a test: three requests at once, then one per 1,000 s, so no
 * token comes back while the test runs. The rest of the suite runs with a limit it never meets
 * (application.properties, %test), which is why this profile exists: it costs one restart.
 */
public class RateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("taizhang.rate-limit.requests-per-second", "0.001", "taizhang.rate-limit.burst", "3");
    }
}
