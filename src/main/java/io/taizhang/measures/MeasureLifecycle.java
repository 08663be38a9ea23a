package io.taizhang.measures;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.security.Caller;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what to a measure, and when. Only the unit's own liaison rectifies; nothing moves
 * while the problem awaits verification or is closed. Pure, unit-tested on its own.
 */
public final class MeasureLifecycle {

    public record Facts(MeasureStatus status, int evidenceCount, long unitId, ProblemStatus problemStatus) {
    }

    private MeasureLifecycle() {
    }

    public static Set<MeasureAction> allowedActions(Facts f, Caller caller) {
        Set<MeasureAction> allowed = EnumSet.noneOf(MeasureAction.class);
        for (MeasureAction action : MeasureAction.values()) {
            if (refusal(action, f, caller) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    public static void require(MeasureAction action, Facts f, Caller caller) {
        ApiException refusal = refusal(action, f, caller);
        if (refusal != null) {
            throw refusal;
        }
    }

    private static ApiException refusal(MeasureAction action, Facts f, Caller caller) {
        if (!caller.isLiaisonOf(f.unitId())) {
            return ApiException.forbidden("only the unit's liaison works on its measures");
        }
        if (!ProblemLifecycle.isOpen(f.problemStatus())) {
            return ApiException.transition("the problem is " + f.problemStatus()
                    + "; its measures cannot change until it is back in rectification")
                    .with("problemStatus", f.problemStatus().name());
        }
        return switch (action) {
            case UPDATE -> f.status() == MeasureStatus.DONE ? state(f, "a DONE measure cannot be edited; reopen it") : null;
            case START -> f.status() != MeasureStatus.PLANNED ? state(f, "only a PLANNED measure can be started") : null;
            case REPORT_PROGRESS -> f.status() != MeasureStatus.IN_PROGRESS
                    ? state(f, "progress is reported on an IN_PROGRESS measure") : null;
            case ADD_EVIDENCE -> null;
            case COMPLETE -> f.status() != MeasureStatus.IN_PROGRESS ? state(f, "only an IN_PROGRESS measure can be completed")
                    : f.evidenceCount() == 0 ? new ApiException(ErrorType.INVALID_TRANSITION,
                            "a measure is DONE only with at least one evidence record; add evidence first")
                            .with("missing", "EVIDENCE") : null;
            case REOPEN -> f.status() != MeasureStatus.DONE ? state(f, "only a DONE measure can be reopened") : null;
        };
    }

    private static ApiException state(Facts f, String why) {
        return ApiException.transition(why).with("measureStatus", f.status().name());
    }
}
