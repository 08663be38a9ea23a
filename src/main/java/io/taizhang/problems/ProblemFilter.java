package io.taizhang.problems;

import io.taizhang.supervision.lights.TrafficLight;
import java.time.Instant;
import java.time.LocalDate;

/** The filters of GET /problems; null means "any" ({@code overdueAgainst} defaults to CURRENT). */
public record ProblemFilter(Long unitId, Long campaignId, Long meetingId, ProblemStatus status, Category category,
        WorkLine workLine, KeyArea keyArea, Boolean priority, Severity severity, LocalDate deadlineBefore,
        LocalDate deadlineAfter, Boolean overdue, DeadlineBasis overdueAgainst, TrafficLight light, Boolean escalated,
        String text, Instant updatedSince) {

    public ProblemFilter restrictedTo(Long unit) {
        return new ProblemFilter(unit, campaignId, meetingId, status, category, workLine, keyArea, priority, severity,
                deadlineBefore, deadlineAfter, overdue, overdueAgainst, light, escalated, text, updatedSince);
    }
}
