package io.taizhang.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bucket arithmetic, on a hand-driven clock. */
class TokenBucketsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final TokenBuckets buckets = new TokenBuckets(2, 3, nanos::get);

    @Test
    void anIdleAccountMaySendItsBurstThenWaitsForTheRate() {
        assertEquals(2, buckets.take(7).remaining());
        assertEquals(1, buckets.take(7).remaining());
        assertEquals(0, buckets.take(7).remaining());
        TokenBuckets.Decision refused = buckets.take(7);
        assertFalse(refused.allowed());
        assertTrue(refused.report());
        assertFalse(buckets.take(7).report(), "refusals are reported once a minute");
        assertEquals(1, refused.retryAfterSeconds(), "half a second until the next token, rounded up");
        assertEquals(2, refused.resetSeconds(), "three tokens at two per second");
        nanos.addAndGet(500_000_000L);
        assertTrue(buckets.take(7).allowed());
        assertFalse(buckets.take(7).allowed());
        nanos.addAndGet(60_000_000_000L);
        buckets.take(7);
        buckets.take(7);
        buckets.take(7);
        assertTrue(buckets.take(7).report(), "a minute later the next refusal is reported again");
    }

    @Test
    void accountsHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            buckets.take(1);
        }
        assertFalse(buckets.take(1).allowed());
        assertTrue(buckets.take(2).allowed());
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        buckets.take(1);
        nanos.addAndGet(3_600_000_000_000L);
        assertEquals(2, buckets.take(1).remaining());
    }
}
