package io.taizhang.reliability;

import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.taizhang.support.ApiTest;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Per-account rate limit: an account over its budget gets 429 problem+json with Retry-After and
 * RateLimit headers, while other accounts and anonymous requests are not held back by it.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RateLimitApiTest extends ApiTest {

    /** One token per 1,000 s: the wait is at most that, and at least a second. */
    private static final Matcher<Integer> WITHIN_THE_REFILL = both(greaterThan(0)).and(lessThanOrEqualTo(1000));

    @Test
    void anAccountOverItsBudgetIsToldWhenToComeBack() {
        for (int left = 2; left >= 0; left--) {
            as("dashboard").get("/api/v1/problems").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(left));
        }
        as("dashboard").get("/api/v1/problems").then().statusCode(429)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:taizhang:error:rate-limited"))
                .body("instance", equalTo("/api/v1/problems"))
                .header("Retry-After", Integer::parseInt, WITHIN_THE_REFILL)
                .header("RateLimit-Remaining", "0")
                .header("Cache-Control", "no-store");
    }

    @Test
    void aRefusedWriteChangesNothing() {
        for (int i = 0; i < 3; i++) {
            asLiaisonOf("CC2").get("/api/v1/me").then().statusCode(200);
        }
        scenario.file("CC2", scenario.problemBody("超限")).statusCode(429)
                .header("Retry-After", Integer::parseInt, WITHIN_THE_REFILL);
        as("steering").get("/api/v1/problems").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void otherAccountsAndAnonymousCallersAreNotHeldBack() {
        for (int i = 0; i < 4; i++) {
            asLiaisonOf("IPC").get("/api/v1/me");
        }
        asLiaisonOf("IPC").get("/api/v1/me").then().statusCode(429);
        asLiaisonOf("CC1").get("/api/v1/me").then().statusCode(200).header("RateLimit-Remaining", "2");
        anonymous().get("/api/v1/me").then().statusCode(401).header("RateLimit-Remaining", nullValue())
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
