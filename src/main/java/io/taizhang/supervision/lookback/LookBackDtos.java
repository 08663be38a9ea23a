package io.taizhang.supervision.lookback;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

public final class LookBackDtos {

    private LookBackDtos() {
    }

    public record LookBackRecord(
            @NotNull LookBackOutcome outcome,
            @NotBlank @Size(max = 2000) @PlainText(multiline = true) String finding) {
    }

    /** A look-back; {@code overdueAfter} is the last day it counts as merely due. */
    public record LookBackView(long id, long problemId, long unitId, Instant closedAt, Long verificationId,
            LocalDate dueOn, LocalDate overdueAfter, LookBackState state, Long recordedBy, Instant recordedAt,
            String finding, int version) {

        static LookBackView of(LookBack l, LocalDate today, int graceDays) {
            return new LookBackView(l.id, l.problemId, l.unitId, l.closedAt, l.verificationId, l.dueOn,
                    l.dueOn.plusDays(graceDays), LookBackState.of(l, today, graceDays), l.recordedBy, l.recordedAt,
                    l.finding, l.version);
        }
    }
}
