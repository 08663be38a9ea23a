package io.taizhang.dashboard;

import io.taizhang.problems.Category;
import io.taizhang.problems.KeyArea;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.problems.WorkLine;
import io.taizhang.supervision.lights.TrafficLight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a summary is grouped by. A problem falls in exactly one group, except for KEY_AREA: a problem
 * in two key areas counts in both, and one in none counts under NONE.
 */
public enum Dimension {
    UNIT,
    CATEGORY,
    WORK_LINE,
    KEY_AREA,
    STATUS,
    LIGHT,
    ESCALATED;

    public static final String NONE = "NONE";

    /** Hands each group key of the problem at {@code now} to {@code sink}. */
    void keys(ProblemFacts f, Instant now, Consumer<String> sink) {
        switch (this) {
            case UNIT -> sink.accept(Long.toString(f.unitId()));
            case CATEGORY -> sink.accept(f.category().name());
            case WORK_LINE -> sink.accept(f.workLine().name());
            case KEY_AREA -> {
                if (f.keyAreas().isEmpty()) {
                    sink.accept(NONE);
                } else {
                    f.keyAreas().forEach(a -> sink.accept(a.name()));
                }
            }
            case STATUS -> sink.accept(f.status().name());
            case LIGHT -> {
                TrafficLight light = f.lightAt(now);
                sink.accept(light == null ? NONE : light.name());
            }
            case ESCALATED -> sink.accept(Boolean.toString(f.escalated()));
        }
    }

    /** Every key of an enumerated dimension, so that a summary shows empty groups too; null for UNIT. */
    List<String> allKeys() {
        return switch (this) {
            case UNIT -> null;
            case CATEGORY -> names(Category.values());
            case WORK_LINE -> names(WorkLine.values());
            case KEY_AREA -> append(names(KeyArea.values()), NONE);
            case STATUS -> names(ProblemStatus.values());
            case LIGHT -> append(names(TrafficLight.values()), NONE);
            case ESCALATED -> List.of("true", "false");
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> append(List<String> keys, String last) {
        ArrayList<String> all = new ArrayList<>(keys);
        all.add(last);
        return all;
    }
}
