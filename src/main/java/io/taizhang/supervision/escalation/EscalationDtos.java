package io.taizhang.supervision.escalation;

import io.taizhang.common.validation.PlainText;
import io.taizhang.problems.KeyArea;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.supervision.lights.TrafficLight;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

public final class EscalationDtos {

    private EscalationDtos() {
    }

    /** Confirming (or directly deciding) an escalation: why, and by when the problem must be put right. */
    public record EscalationDecision(
            @NotBlank @Size(max = 2000) @PlainText(multiline = true) String reason,
            @NotNull LocalDate superviseUntil) {
    }

    public record ClosingNote(@NotBlank @Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    public record EscalationView(long id, long problemId, long unitId, Long measureId, EscalationRule rule,
            EscalationStatus status, long proposedBy, Instant proposedAt, Long confirmedBy, Instant confirmedAt,
            String reason, LocalDate superviseUntil, Long dismissedBy, Instant dismissedAt, Long liftedBy,
            Instant liftedAt, String closingNote, int version) {

        static EscalationView from(Escalation e) {
            return new EscalationView(e.id, e.problemId, e.unitId, e.measureId, e.rule, e.status, e.proposedBy,
                    e.proposedAt, e.confirmedBy, e.confirmedAt, e.reason, e.superviseUntil, e.dismissedBy,
                    e.dismissedAt, e.liftedBy, e.liftedAt, e.closingNote, e.version);
        }
    }

    /** A row of the steering group's board: the escalation and where its problem stands now. */
    public record BoardEntry(long escalationId, long problemId, String ledgerNumber, long unitId, String unitCode,
            String title, Set<KeyArea> keyAreas, boolean priority, ProblemStatus status, TrafficLight light,
            LocalDate deadline, EscalationRule rule, String reason, LocalDate superviseUntil,
            boolean supervisionOverdue, Instant confirmedAt) {
    }
}
