package io.taizhang.verification;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

public final class VerificationDtos {

    private VerificationDtos() {
    }

    public record Answer(
            @NotNull Verdict verdict,
            @NotBlank @Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    /** The five outcome questions of the article: judge by outcome, never by a report alone. */
    public record Answers(
            @NotNull @Valid Answer problemSolved,
            @NotNull @Valid Answer situationChanged,
            @NotNull @Valid Answer capabilityImproved,
            @NotNull @Valid Answer mechanismImproved,
            @NotNull @Valid Answer peopleSatisfied) {

        boolean allYes() {
            return Stream.of(problemSolved, situationChanged, capabilityImproved, mechanismImproved, peopleSatisfied)
                    .allMatch(a -> a.verdict() == Verdict.YES);
        }
    }

    public record VerificationRequest(
            @NotNull @Valid Answers answers,
            @Size(max = 2000) @PlainText(multiline = true) String returnReason) {
    }

    public record Reason(@NotBlank @Size(max = 2000) @PlainText(multiline = true) String reason) {
    }

    public record CloseOutRequest(@Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    /** One thing that blocks a close-out request. */
    public record Missing(Long measureId, String title, String status, String missing) {
    }

    public record VerificationView(long id, long problemId, long inspectorId, Answers answers,
            VerificationOutcome outcome, String returnReason, Instant verifiedAt) {

        static VerificationView from(Verification v) {
            return new VerificationView(v.id, v.problemId, v.inspectorId, new Answers(
                    new Answer(v.problemSolved, v.problemSolvedNote),
                    new Answer(v.situationChanged, v.situationChangedNote),
                    new Answer(v.capabilityImproved, v.capabilityImprovedNote),
                    new Answer(v.mechanismImproved, v.mechanismImprovedNote),
                    new Answer(v.peopleSatisfied, v.peopleSatisfiedNote)), v.outcome, v.returnReason, v.verifiedAt);
        }

        List<Answer> list() {
            return List.of(answers.problemSolved(), answers.situationChanged(), answers.capabilityImproved(),
                    answers.mechanismImproved(), answers.peopleSatisfied());
        }
    }
}
