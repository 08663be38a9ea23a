package io.taizhang.supervision.themes;

import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.supervision.lights.Thresholds;
import io.taizhang.supervision.lights.TrafficLight;
import io.taizhang.supervision.themes.ThemeDtos.ThemeProblem;
import io.taizhang.supervision.themes.ThemeDtos.ThemeView;
import io.taizhang.supervision.themes.ThemeDtos.Totals;
import io.taizhang.supervision.themes.ThemeDtos.UnitProgress;
import io.taizhang.units.UnitDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reports a theme's progress per unit and in total, with every light taken at the same instant. */
@ApplicationScoped
public class ThemeProgress {

    private final UnitDirectory units;

    public ThemeProgress(UnitDirectory units) {
        this.units = units;
    }

    public ThemeView of(Theme t, List<Problem> linked, Instant now) {
        List<ThemeProblem> problems = linked.stream().sorted(Comparator.comparing((Problem p) -> units.code(p.unitId))
                .thenComparing(p -> p.id)).map(p -> new ThemeProblem(p.id, p.ledgerNumber, p.unitId, units.code(p.unitId),
                        p.title, p.status, Thresholds.lightAt(Thresholds.of(p.lightYellowAt, p.lightRedAt), now),
                        p.escalatedAt != null, p.measureCount, p.measuresDone)).toList();
        Map<String, List<ThemeProblem>> byUnit = problems.stream()
                .collect(Collectors.groupingBy(ThemeProblem::unitCode, TreeMap::new, Collectors.toList()));
        List<UnitProgress> perUnit = new ArrayList<>();
        byUnit.forEach((code, ofUnit) -> perUnit.add(unit(ofUnit)));
        Totals totals = new Totals(perUnit.size(), sum(perUnit, UnitProgress::problems), sum(perUnit, UnitProgress::closed),
                sum(perUnit, UnitProgress::measures), sum(perUnit, UnitProgress::measuresDone),
                sum(perUnit, UnitProgress::green), sum(perUnit, UnitProgress::yellow), sum(perUnit, UnitProgress::red));
        return new ThemeView(t.id, t.title, t.description, t.createdBy, t.createdAt, totals, perUnit, problems);
    }

    private static UnitProgress unit(List<ThemeProblem> ofUnit) {
        ThemeProblem first = ofUnit.get(0);
        TrafficLight worst = ofUnit.stream().map(ThemeProblem::light).filter(l -> l != null)
                .max(Comparator.naturalOrder()).orElse(null);
        return new UnitProgress(first.unitId(), first.unitCode(), ofUnit.size(),
                count(ofUnit, p -> p.status() == ProblemStatus.CLOSED),
                ofUnit.stream().mapToInt(ThemeProblem::measureCount).sum(),
                ofUnit.stream().mapToInt(ThemeProblem::measuresDone).sum(),
                count(ofUnit, p -> p.light() == TrafficLight.GREEN), count(ofUnit, p -> p.light() == TrafficLight.YELLOW),
                count(ofUnit, p -> p.light() == TrafficLight.RED), worst);
    }

    private static int count(List<ThemeProblem> ofUnit, java.util.function.Predicate<ThemeProblem> test) {
        return (int) ofUnit.stream().filter(test).count();
    }

    private static int sum(List<UnitProgress> units, java.util.function.ToIntFunction<UnitProgress> f) {
        return units.stream().mapToInt(f).sum();
    }
}
