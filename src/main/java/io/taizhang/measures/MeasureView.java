package io.taizhang.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A measure as the API shows it, with the caller's allowed actions. */
public record MeasureView(long id, long problemId, long unitId, String title, String description, String owner,
        LocalDate originalDeadline, LocalDate deadline, boolean overdue, MeasureStatus status, int progressPercent,
        int evidenceCount, Instant createdAt, Instant updatedAt, Instant startedAt, Instant completedAt, int version,
        Set<MeasureAction> allowedActions) {
}
