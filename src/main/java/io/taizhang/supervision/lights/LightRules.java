package io.taizhang.supervision.lights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How thresholds follow from an item's facts (issue 3, "Traffic lights"). Pure, unit-tested.
 *
 * <ul>
 * <li>RED from the first instant after the deadline day (in the campaign's time zone): overdue.</li>
 * <li>YELLOW from the start of the day {@code windowDays} before the deadline (the deadline is
 * "within the window"), or, for a measure, from the instant the straight-line expectation from its
 * creation to the end of its deadline day exceeds its reported progress by {@code marginPercent}
 * points, whichever comes first: start + (progress + margin)% of the span.</li>
 * </ul>
 */
public final class LightRules {

    /** The configured window and margin. */
    public record Settings(int windowDays, int marginPercent) {

        /** Identifies the settings the stored thresholds were computed with. */
        public String fingerprint(ZoneId zone) {
            return "v1;window=" + windowDays + ";margin=" + marginPercent + ";zone=" + zone.getId();
        }
    }

    private LightRules() {
    }

    /** An open item's own thresholds from its deadline alone (a problem's own light). */
    public static Thresholds byDeadline(LocalDate deadline, Settings s, ZoneId zone) {
        Instant red = endOfDay(deadline, zone);
        Instant yellow = deadline.minusDays(s.windowDays()).atStartOfDay(zone).toInstant();
        return new Thresholds(yellow, red);
    }

    /** An open measure's thresholds: its deadline window, or lagging progress, whichever is first. */
    public static Thresholds forMeasure(Instant start, LocalDate deadline, int progressPercent, Settings s, ZoneId zone) {
        Thresholds byDeadline = byDeadline(deadline, s, zone);
        Instant lag = lagInstant(start, byDeadline.redAt(), progressPercent, s.marginPercent());
        return lag == null ? byDeadline : new Thresholds(lag.isBefore(byDeadline.yellowAt()) ? lag : byDeadline.yellowAt(),
                byDeadline.redAt());
    }

    /**
     * When the straight line from {@code start} (0 %) to {@code end} (100 %) reaches progress +
     * margin; null when that is 100 % or more (progress cannot lag by the margin before the deadline).
     */
    static Instant lagInstant(Instant start, Instant end, int progressPercent, int marginPercent) {
        int points = progressPercent + marginPercent;
        if (points >= 100 || !start.isBefore(end)) {
            return null;
        }
        long spanMicros = ChronoUnit.MICROS.between(start, end);
        return start.plus(Duration.of(Math.multiplyExact(spanMicros, points) / 100, ChronoUnit.MICROS));
    }

    /** The progress the straight line expects at {@code now}, 0 to 100. */
    public static int expectedProgress(Instant start, LocalDate deadline, Instant now, ZoneId zone) {
        Instant end = endOfDay(deadline, zone);
        if (!now.isAfter(start)) {
            return 0;
        }
        if (!now.isBefore(end)) {
            return 100;
        }
        long span = ChronoUnit.MICROS.between(start, end);
        return (int) (ChronoUnit.MICROS.between(start, now) * 100 / span);
    }

    /** The first instant after the deadline day: from then on the item is overdue. */
    public static Instant endOfDay(LocalDate deadline, ZoneId zone) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
