package io.taizhang.measures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.taizhang.supervision.lights.TrafficLight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A measure as the API shows it, with the caller's allowed actions. {@code light} and
 * {@code expectedProgressPercent} (the straight line from creation to the end of the deadline
 * day) are absent once the measure is done or its problem has no open work.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureView(long id, long problemId, long unitId, String title, String description, String owner,
        LocalDate originalDeadline, LocalDate deadline, boolean overdue, boolean overdueAgainstOriginal,
        TrafficLight light, Instant lightYellowAt, Instant lightRedAt, Integer expectedProgressPercent, int yellowSpells,
        MeasureStatus status, int progressPercent,
        int evidenceCount, Instant createdAt, Instant updatedAt, Instant startedAt, Instant completedAt, int version,
        Set<MeasureAction> allowedActions) {
}
