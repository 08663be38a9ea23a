package io.taizhang.supervision.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taizhang.supervision.escalation.EscalationRules.Item;
import io.taizhang.supervision.escalation.EscalationRules.Trigger;
import io.taizhang.supervision.lights.Thresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The escalation rules on their own: RED for more than N days, YELLOW N times, and the trigger keys. */
class EscalationRulesTest {

    static final EscalationRules.Settings DEFAULTS = new EscalationRules.Settings(14, 2);
    static final Instant RED = Instant.parse("2023-07-16T16:00:00Z");
    static final Thresholds MEASURE = new Thresholds(RED.minus(Duration.ofDays(7)), RED);
    static final Thresholds PROBLEM = new Thresholds(RED.plus(Duration.ofDays(23)), RED.plus(Duration.ofDays(30)));

    @Test
    void redForExactlyFourteenDaysIsNotYetTooLong() {
        assertTrue(EscalationRules.evaluate(List.of(new Item(7L, MEASURE, 0)), RED.plus(Duration.ofDays(14)), DEFAULTS)
                .isEmpty());
    }

    @Test
    void redForMoreThanFourteenDaysProposes() {
        Optional<Trigger> t = EscalationRules.evaluate(List.of(new Item(null, PROBLEM, 0), new Item(7L, MEASURE, 1)),
                RED.plus(Duration.ofDays(14)).plusSeconds(1), DEFAULTS);
        assertEquals(EscalationRule.RED_TOO_LONG, t.orElseThrow().rule());
        assertEquals(7L, t.get().measureId());
        assertEquals(RED, t.get().since());
        assertEquals("red:measure-7:" + RED, t.get().key());
    }

    @Test
    void theProblemsOwnDeadlineCountsToo() {
        Instant late = PROBLEM.redAt().plus(Duration.ofDays(15));
        Optional<Trigger> t = EscalationRules.evaluate(List.of(new Item(null, PROBLEM, 0)), late, DEFAULTS);
        assertEquals("red:problem:" + PROBLEM.redAt(), t.orElseThrow().key());
    }

    @Test
    void aMeasureYellowForTheSecondTimeProposes() {
        Instant now = MEASURE.yellowAt().plusSeconds(60);
        assertTrue(EscalationRules.evaluate(List.of(new Item(7L, MEASURE, 1)), now, DEFAULTS).isEmpty());
        Trigger t = EscalationRules.evaluate(List.of(new Item(7L, MEASURE, 2)), now, DEFAULTS).orElseThrow();
        assertEquals(EscalationRule.YELLOW_TWICE, t.rule());
        assertEquals("yellow:measure-7:2", t.key());
    }

    @Test
    void aMeasureBackOnTrackDoesNotProposeWhateverItsPast() {
        Instant green = MEASURE.yellowAt().minusSeconds(60);
        assertTrue(EscalationRules.evaluate(List.of(new Item(7L, MEASURE, 5)), green, DEFAULTS).isEmpty());
    }

    @Test
    void aThirdYellowSpellIsANewFact() {
        Instant now = MEASURE.yellowAt().plusSeconds(60);
        assertEquals("yellow:measure-7:3",
                EscalationRules.evaluate(List.of(new Item(7L, MEASURE, 3)), now, DEFAULTS).orElseThrow().key());
    }

    @Test
    void redTooLongTakesPrecedenceAndNamesTheEarliestItem() {
        Thresholds earlier = new Thresholds(RED.minus(Duration.ofDays(9)), RED.minus(Duration.ofDays(2)));
        Trigger t = EscalationRules.evaluate(List.of(new Item(9L, MEASURE, 3), new Item(8L, earlier, 0)),
                RED.plus(Duration.ofDays(20)), DEFAULTS).orElseThrow();
        assertEquals(EscalationRule.RED_TOO_LONG, t.rule());
        assertEquals(8L, t.measureId());
    }

    @Test
    void itemsWithoutALightNeverPropose() {
        assertTrue(EscalationRules.evaluate(List.of(new Item(7L, null, 4), new Item(null, null, 0)),
                RED.plus(Duration.ofDays(100)), DEFAULTS).isEmpty());
    }

    @Test
    void theRulesFollowTheirSettings() {
        EscalationRules.Settings strict = new EscalationRules.Settings(3, 1);
        assertEquals(EscalationRule.RED_TOO_LONG, EscalationRules.evaluate(List.of(new Item(7L, MEASURE, 0)),
                RED.plus(Duration.ofDays(4)), strict).orElseThrow().rule());
        assertEquals(EscalationRule.YELLOW_TWICE, EscalationRules.evaluate(List.of(new Item(7L, MEASURE, 1)),
                MEASURE.yellowAt(), strict).orElseThrow().rule());
    }
}
