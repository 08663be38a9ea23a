package io.taizhang.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: system time unless a test pins it, so time-based rules can be
 * checked at chosen instants without sleeping. Replaces the default clock bean.
 */
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Instant pinned;

    public void set(Instant instant) {
        pinned = instant;
    }

    public void advance(Duration duration) {
        pinned = instant().plus(duration);
    }

    public void reset() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant p = pinned;
        return p != null ? p : Instant.now();
    }
}
