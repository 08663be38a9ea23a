package io.taizhang.supervision.escalation;

import io.taizhang.supervision.lights.Thresholds;
import io.taizhang.supervision.lights.TrafficLight;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The escalation rules (issue 3, "Escalation ladder"), pure so they are unit-tested on their own:
 * an item RED for more than {@code redDays} days, or a measure that has turned YELLOW
 * {@code yellowSpells} times and is not back on track, raises a proposal. Each trigger carries a
 * key naming the fact behind it, so the same fact never proposes twice.
 */
public final class EscalationRules {

    public record Settings(int redDays, int yellowSpells) {
    }

    /** A measure (or, with a null measure id, the problem's own deadline) and its light facts. */
    public record Item(Long measureId, Thresholds thresholds, int yellowSpells) {
    }

    public record Trigger(EscalationRule rule, Long measureId, String key, Instant since) {
    }

    private EscalationRules() {
    }

    public static Optional<Trigger> evaluate(List<Item> items, Instant now, Settings s) {
        Duration redLimit = Duration.ofDays(s.redDays());
        Optional<Trigger> red = items.stream()
                .filter(i -> i.thresholds() != null && now.isAfter(i.thresholds().redAt().plus(redLimit)))
                .min(Comparator.comparing((Item i) -> i.thresholds().redAt())
                        .thenComparing(i -> i.measureId() == null ? 0L : i.measureId()))
                .map(i -> new Trigger(EscalationRule.RED_TOO_LONG, i.measureId(),
                        "red:" + name(i) + ":" + i.thresholds().redAt(), i.thresholds().redAt()));
        if (red.isPresent()) {
            return red;
        }
        return items.stream()
                .filter(i -> i.measureId() != null && i.yellowSpells() >= s.yellowSpells())
                .filter(i -> Thresholds.lightAt(i.thresholds(), now) != null
                        && Thresholds.lightAt(i.thresholds(), now) != TrafficLight.GREEN)
                .min(Comparator.comparing(Item::measureId))
                .map(i -> new Trigger(EscalationRule.YELLOW_TWICE, i.measureId(),
                        "yellow:" + name(i) + ":" + i.yellowSpells(), i.thresholds().yellowAt()));
    }

    private static String name(Item i) {
        return i.measureId() == null ? "problem" : "measure-" + i.measureId();
    }
}
