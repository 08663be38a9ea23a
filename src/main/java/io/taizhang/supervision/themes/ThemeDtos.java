package io.taizhang.supervision.themes;

import io.taizhang.common.validation.PlainText;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.supervision.lights.TrafficLight;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

public final class ThemeDtos {

    private ThemeDtos() {
    }

    public record ThemeCreate(
            @NotBlank @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) String description,
            @NotEmpty @Size(max = 500) Set<@NotNull @Positive Long> problemIds) {
    }

    public record ThemeLink(@NotNull @Positive Long problemId) {
    }

    /** One linked problem as the theme reports it. */
    public record ThemeProblem(long problemId, String ledgerNumber, long unitId, String unitCode, String title,
            ProblemStatus status, TrafficLight light, boolean escalated, int measureCount, int measuresDone) {
    }

    /** The theme's progress in one unit; {@code worstLight} is absent when no linked problem there has one. */
    public record UnitProgress(long unitId, String unitCode, int problems, int closed, int measures, int measuresDone,
            int green, int yellow, int red, TrafficLight worstLight) {
    }

    /** Progress across the units: problems closed, measures done, lights. */
    public record Totals(int units, int problems, int closed, int measures, int measuresDone, int green, int yellow,
            int red) {
    }

    public record ThemeView(long id, String title, String description, long createdBy, Instant createdAt,
            Totals totals, List<UnitProgress> units, List<ThemeProblem> problems) {
    }

    public record ThemeSummary(long id, String title, Instant createdAt, int units, int problems, int closed) {
    }
}
