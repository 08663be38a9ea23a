package io.taizhang.common.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per account, in memory on this instance: a bucket holds at most {@code burst}
 * tokens and refills at {@code perSecond}; each request takes one. Two instances therefore allow
 * up to twice the rate, which is fine for a fairness limit (it protects the others on the same
 * instance, not a quota). Pure logic with an injectable clock, so the arithmetic is unit-tested.
 */
final class TokenBuckets {

    /**
     * What a request learns: allowed or not, what is left, and when to come back; {@code report}
     * marks at most one refusal per account a minute, so a flood is logged once, not per request.
     */
    record Decision(boolean allowed, long remaining, long retryAfterSeconds, long resetSeconds, boolean report) {
    }

    private static final long NANOS = 1_000_000_000L;
    private static final long REPORT_EVERY = 60 * NANOS;
    /** Buckets idle this long are full again anyway and can be forgotten. */
    private static final int SWEEP_EVERY = 10_000;

    private final double perSecond;
    private final long burst;
    private final LongSupplier nanoTime;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private int untilSweep = SWEEP_EVERY;

    TokenBuckets(double perSecond, long burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    long burst() {
        return burst;
    }

    Decision take(long accountId) {
        long now = nanoTime.getAsLong();
        sweepNowAndThen(now);
        Bucket bucket = buckets.computeIfAbsent(accountId, id -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, perSecond, burst);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, (long) Math.floor(bucket.tokens), 0, secondsUntil(burst - bucket.tokens), false);
            }
            boolean report = bucket.reported == null || now - bucket.reported >= REPORT_EVERY;
            if (report) {
                bucket.reported = now;
            }
            long retry = secondsUntil(1 - bucket.tokens);
            return new Decision(false, 0, retry, secondsUntil(burst - bucket.tokens), report);
        }
    }

    private long secondsUntil(double missingTokens) {
        return Math.max(1, (long) Math.ceil(missingTokens / perSecond));
    }

    /** Drops buckets that have been full for a while, so the map does not grow with every account ever seen. */
    private void sweepNowAndThen(long now) {
        if (--untilSweep > 0) {
            return;
        }
        untilSweep = SWEEP_EVERY;
        long idle = (long) ((burst / perSecond + 60) * NANOS);
        buckets.values().removeIf(b -> now - b.updated > idle);
    }

    private static final class Bucket {
        private double tokens;
        private long updated;
        private Long reported;

        Bucket(long tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, double perSecond, long burst) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed * perSecond / NANOS);
                updated = now;
            }
        }
    }
}
