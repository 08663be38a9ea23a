package io.taizhang.supervision.lights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The light rules on their own: thresholds from deadlines and progress, and the light at an instant. */
class LightRulesTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final LightRules.Settings DEFAULTS = new LightRules.Settings(7, 20);
    static final Instant START = LocalDateTime.of(2023, 6, 16, 9, 0).atZone(BEIJING).toInstant();
    static final LocalDate DEADLINE = LocalDate.of(2023, 7, 16);

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2023, month, day, hour, minute).atZone(BEIJING).toInstant();
    }

    static Instant before(Instant t) {
        return t.minusNanos(1000);
    }

    @Test
    void redFromTheFirstInstantAfterTheDeadlineDayInTheCampaignsTimeZone() {
        Thresholds t = LightRules.byDeadline(DEADLINE, DEFAULTS, BEIJING);
        assertEquals(at(7, 17, 0, 0), t.redAt());
        assertEquals(TrafficLight.YELLOW, Thresholds.lightAt(t, before(at(7, 17, 0, 0))));
        assertEquals(TrafficLight.RED, Thresholds.lightAt(t, at(7, 17, 0, 0)));
    }

    @Test
    void yellowFromTheStartOfTheDayTheWindowBeforeTheDeadline() {
        Thresholds t = LightRules.byDeadline(DEADLINE, DEFAULTS, BEIJING);
        assertEquals(at(7, 9, 0, 0), t.yellowAt());
        assertEquals(TrafficLight.GREEN, Thresholds.lightAt(t, before(at(7, 9, 0, 0))));
        assertEquals(TrafficLight.YELLOW, Thresholds.lightAt(t, at(7, 9, 0, 0)));
    }

    @Test
    void aZeroDayWindowMeansYellowOnTheDeadlineDayOnly() {
        Thresholds t = LightRules.byDeadline(DEADLINE, new LightRules.Settings(0, 20), BEIJING);
        assertEquals(at(7, 16, 0, 0), t.yellowAt());
    }

    @Test
    void aMeasureLagsWhenTheStraightLineExceedsProgressByTheMargin() {
        // span 2023-06-16 09:00 → 2023-07-17 00:00 is 735 hours; 0 % + 20 points → 20 % of it = 147 h
        Thresholds t = LightRules.forMeasure(START, DEADLINE, 0, DEFAULTS, BEIJING);
        assertEquals(START.plus(Duration.ofHours(147)), t.yellowAt());
        assertEquals(at(6, 22, 12, 0), t.yellowAt());
        assertEquals(TrafficLight.GREEN, Thresholds.lightAt(t, before(t.yellowAt())));
        assertEquals(TrafficLight.YELLOW, Thresholds.lightAt(t, t.yellowAt()));
    }

    @Test
    void reportedProgressMovesTheLagThresholdLater() {
        // 30 % + 20 = 50 % of 735 h = 367.5 h after the start
        Thresholds t = LightRules.forMeasure(START, DEADLINE, 30, DEFAULTS, BEIJING);
        assertEquals(START.plus(Duration.ofMinutes(367 * 60 + 30)), t.yellowAt());
    }

    @Test
    void progressWithinTheMarginOfDoneLeavesOnlyTheDeadlineWindow() {
        Thresholds t = LightRules.forMeasure(START, DEADLINE, 80, DEFAULTS, BEIJING);
        assertEquals(LightRules.byDeadline(DEADLINE, DEFAULTS, BEIJING), t);
    }

    @Test
    void theDeadlineWindowWinsWhenItComesBeforeTheLag() {
        // the lag threshold (70 % + 20 = 90 % of the span) falls after the window opens
        Thresholds t = LightRules.forMeasure(START, DEADLINE, 70, DEFAULTS, BEIJING);
        assertEquals(at(7, 9, 0, 0), t.yellowAt());
    }

    @Test
    void aMeasureDueTodayIsYellowAtOnce() {
        Instant morning = at(7, 16, 9, 0);
        Thresholds t = LightRules.forMeasure(morning, DEADLINE, 0, DEFAULTS, BEIJING);
        assertEquals(TrafficLight.YELLOW, Thresholds.lightAt(t, morning));
    }

    @Test
    void theWorstOfTwoItemsTakesTheEarlierOfEachInstant() {
        Thresholds a = new Thresholds(at(7, 1, 0, 0), at(7, 20, 0, 0));
        Thresholds b = new Thresholds(at(7, 5, 0, 0), at(7, 10, 0, 0));
        assertEquals(new Thresholds(at(7, 1, 0, 0), at(7, 10, 0, 0)), Thresholds.worst(a, b));
        assertEquals(a, Thresholds.worst(a, null));
        assertNull(Thresholds.worst(null, null));
    }

    @Test
    void anItemWithoutThresholdsHasNoLight() {
        assertNull(Thresholds.lightAt(null, START));
        assertNull(Thresholds.of(null, null));
    }

    @Test
    void yellowNeverComesAfterRed() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(at(7, 2, 0, 0), at(7, 1, 0, 0)));
    }

    @Test
    void expectedProgressFollowsTheStraightLine() {
        assertEquals(0, LightRules.expectedProgress(START, DEADLINE, START, BEIJING));
        assertEquals(20, LightRules.expectedProgress(START, DEADLINE, START.plus(Duration.ofHours(147)), BEIJING));
        assertEquals(100, LightRules.expectedProgress(START, DEADLINE, at(7, 17, 0, 0), BEIJING));
    }

    @Test
    void theFingerprintChangesWithEverySetting() {
        String base = DEFAULTS.fingerprint(BEIJING);
        assertEquals(base, new LightRules.Settings(7, 20).fingerprint(BEIJING));
        org.junit.jupiter.api.Assertions.assertNotEquals(base, new LightRules.Settings(5, 20).fingerprint(BEIJING));
        org.junit.jupiter.api.Assertions.assertNotEquals(base, new LightRules.Settings(7, 10).fingerprint(BEIJING));
        org.junit.jupiter.api.Assertions.assertNotEquals(base, DEFAULTS.fingerprint(ZoneId.of("UTC")));
    }
}
