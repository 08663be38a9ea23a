package io.taizhang.common.time;

import io.taizhang.common.TaizhangConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Dates and instants as the campaign sees them: deadlines are calendar dates in the campaign's
 * time zone (Asia/Shanghai by default), and instants are kept to the microsecond PostgreSQL stores
 * so a value hashed before saving is the value read back.
 */
@ApplicationScoped
public class BusinessCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public BusinessCalendar(Clock clock, TaizhangConfig config) {
        this.clock = clock;
        this.zone = config.zone();
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public OffsetDateTime toOffset(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
