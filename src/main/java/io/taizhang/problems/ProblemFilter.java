package io.taizhang.problems;

import java.time.Instant;
import java.time.LocalDate;

/** The filters of GET /problems; null means "any". */
public record ProblemFilter(Long unitId, Long campaignId, Long meetingId, ProblemStatus status, Category category,
        WorkLine workLine, KeyArea keyArea, Boolean priority, Severity severity, LocalDate deadlineBefore,
        LocalDate deadlineAfter, Boolean overdue, String text, Instant updatedSince) {

    public ProblemFilter restrictedTo(Long unit) {
        return new ProblemFilter(unit, campaignId, meetingId, status, category, workLine, keyArea, priority, severity,
                deadlineBefore, deadlineAfter, overdue, text, updatedSince);
    }
}
