package io.taizhang.supervision.extensions;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

public final class ExtensionDtos {

    private ExtensionDtos() {
    }

    /** Without {@code measureId} the request is for the problem's own deadline. */
    public record ExtensionCreate(
            @Positive Long measureId,
            @NotNull LocalDate requestedDeadline,
            @NotBlank @Size(max = 2000) @PlainText(multiline = true) String reason) {
    }

    public record Approval(@Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    public record Rejection(@NotBlank @Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    public record ExtensionView(long id, long problemId, Long measureId, long unitId, LocalDate deadlineBefore,
            LocalDate requestedDeadline, String reason, ExtensionStatus status, long requestedBy, Instant requestedAt,
            Long decidedBy, Instant decidedAt, String decisionNote, int version) {

        static ExtensionView from(ExtensionRequest e) {
            return new ExtensionView(e.id, e.problemId, e.measureId, e.unitId, e.deadlineBefore, e.requestedDeadline,
                    e.reason, e.status, e.requestedBy, e.requestedAt, e.decidedBy, e.decidedAt, e.decisionNote,
                    e.version);
        }
    }
}
