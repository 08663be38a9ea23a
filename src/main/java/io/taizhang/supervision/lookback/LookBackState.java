package io.taizhang.supervision.lookback;

import io.taizhang.common.Labelled;
import java.time.LocalDate;

/**
 * Where a look-back stands: in the consolidation period, due, overdue (not recorded within the
 * grace days after its due date), or recorded with its outcome.
 */
public enum LookBackState implements Labelled {
    SCHEDULED,
    DUE,
    OVERDUE,
    CONSOLIDATED,
    RELAPSED;

    static LookBackState of(LookBack l, LocalDate today, int graceDays) {
        return switch (l.status) {
            case CONSOLIDATED -> CONSOLIDATED;
            case RELAPSED -> RELAPSED;
            case PENDING -> today.isBefore(l.dueOn) ? SCHEDULED
                    : today.isAfter(l.dueOn.plusDays(graceDays)) ? OVERDUE : DUE;
        };
    }
}
