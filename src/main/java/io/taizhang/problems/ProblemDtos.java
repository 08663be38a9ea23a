package io.taizhang.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.taizhang.common.validation.PlainText;
import io.taizhang.ledger.LedgerEntryView;
import io.taizhang.measures.MeasureView;
import io.taizhang.supervision.lights.TrafficLight;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request and response bodies of the problem endpoints. Create and update carry no id, status or unit change. */
public final class ProblemDtos {

    // valid in Java and in JSON Schema's ECMA-262 dialect, which has no inline flags like (?s)
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    private ProblemDtos() {
    }

    public record ProblemCreate(
            @Positive Long unitId,
            @NotNull @Positive Long campaignId,
            @Positive Long meetingId,
            @NotBlank @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) String description,
            @NotNull Category category,
            @NotNull WorkLine workLine,
            @NotNull Source source,
            @Size(max = 3) Set<@NotNull KeyArea> keyAreas,
            @NotNull Severity severity,
            @NotBlank @Size(max = 100) @PlainText String responsiblePerson,
            @NotNull LocalDate deadline) {
    }

    /** Absent fields stay as they are. Deadlines change only through extension requests. */
    public record ProblemUpdate(
            @Positive Long meetingId,
            @Size(max = 200) @Pattern(regexp = NOT_BLANK, message = "must not be blank") @PlainText String title,
            @Size(max = 4000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") @PlainText(multiline = true)
            String description,
            Category category,
            WorkLine workLine,
            Source source,
            @Size(max = 3) Set<@NotNull KeyArea> keyAreas,
            Severity severity,
            @Size(max = 100) @Pattern(regexp = NOT_BLANK, message = "must not be blank") @PlainText
            String responsiblePerson,
            @Size(max = 2000) @PlainText(multiline = true) String reason) {
    }

    /**
     * A problem as the API shows it. {@code light} is absent when the problem has no open work
     * (awaiting verification, closed); {@code lightYellowAt}/{@code lightRedAt} say when the light
     * turns (it is the worst of the problem's own deadline and its open measures').
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProblemView(
            long id, String ledgerNumber, long unitId, String unitCode, long campaignId, Long meetingId,
            String title, String description, Category category, WorkLine workLine, Source source,
            Set<KeyArea> keyAreas, boolean priority, Severity severity, String responsiblePerson,
            LocalDate originalDeadline, LocalDate deadline, boolean overdue, boolean overdueAgainstOriginal,
            TrafficLight light, Instant lightYellowAt, Instant lightRedAt, boolean escalated, int revisionCycles,
            ProblemStatus status, long filedBy,
            Instant createdAt, Instant updatedAt, Instant closedAt, int measureCount, int measuresDone, int version,
            Set<ProblemAction> allowedActions,
            List<MeasureView> measures,
            List<LedgerEntryView> recentLedger) {

        public ProblemView withDetail(List<MeasureView> measures, List<LedgerEntryView> recentLedger) {
            return new ProblemView(id, ledgerNumber, unitId, unitCode, campaignId, meetingId, title, description,
                    category, workLine, source, keyAreas, priority, severity, responsiblePerson, originalDeadline,
                    deadline, overdue, overdueAgainstOriginal, light, lightYellowAt, lightRedAt, escalated,
                    revisionCycles, status, filedBy, createdAt, updatedAt, closedAt, measureCount, measuresDone,
                    version, allowedActions, measures, recentLedger);
        }
    }
}
