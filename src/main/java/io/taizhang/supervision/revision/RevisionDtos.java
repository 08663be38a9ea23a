package io.taizhang.supervision.revision;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

public final class RevisionDtos {

    private RevisionDtos() {
    }

    public record RevisionReturn(
            @NotNull RevisionReason reasonCategory,
            @NotBlank @Size(max = 2000) @PlainText(multiline = true) String reason) {
    }

    public record Resubmission(@Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    public record RevisionView(long id, long problemId, int cycle, RevisionReason reasonCategory, String reason,
            long returnedBy, Instant returnedAt, Long resubmittedBy, Instant resubmittedAt, String resubmitNote) {

        static RevisionView from(RevisionCycle r) {
            return new RevisionView(r.id, r.problemId, r.cycle, r.reasonCategory, r.reason, r.returnedBy, r.returnedAt,
                    r.resubmittedBy, r.resubmittedAt, r.resubmitNote);
        }
    }
}
