package io.taizhang.supervision.lights;

import java.time.Instant;

/**
 * The instants at which an item turns YELLOW and RED; the light at any moment follows from them
 * alone, so the stored pair is what both the list filter and the detail read. {@code yellowAt} is
 * never after {@code redAt}.
 */
public record Thresholds(Instant yellowAt, Instant redAt) {

    public Thresholds {
        if (yellowAt == null || redAt == null) {
            throw new IllegalArgumentException("both instants are required; an item without a light has no thresholds");
        }
        if (yellowAt.isAfter(redAt)) {
            throw new IllegalArgumentException("an item turns YELLOW no later than RED");
        }
    }

    /** The stored columns as thresholds, or null for an item without a light. */
    public static Thresholds of(Instant yellowAt, Instant redAt) {
        return yellowAt == null || redAt == null ? null : new Thresholds(yellowAt, redAt);
    }

    /** The light at {@code now} of an item with these thresholds; null (no light) when there are none. */
    public static TrafficLight lightAt(Thresholds t, Instant now) {
        if (t == null) {
            return null;
        }
        if (!now.isBefore(t.redAt)) {
            return TrafficLight.RED;
        }
        return now.isBefore(t.yellowAt) ? TrafficLight.GREEN : TrafficLight.YELLOW;
    }

    /** The earlier of each instant: a problem's light is the worst of its own and its measures'. */
    public static Thresholds worst(Thresholds a, Thresholds b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new Thresholds(min(a.yellowAt, b.yellowAt), min(a.redAt, b.redAt));
    }

    /** The instant the light at {@code now} began (the threshold last crossed), for the ledger. */
    public Instant since(TrafficLight light) {
        return switch (light) {
            case RED -> redAt;
            case YELLOW -> yellowAt;
            case GREEN -> null;
        };
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
