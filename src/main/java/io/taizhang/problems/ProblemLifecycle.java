package io.taizhang.problems;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The problem state machine and who may drive it (domain.md; issue "The ledger service", §3):
 *
 * <pre>
 * REGISTERED ──first measure starts──▶ IN_RECTIFICATION ──liaison requests──▶ CLOSE_OUT_REQUESTED
 *                                          ▲    ▲                                   │
 *                                          │    └──inspector returns (reason)────────┤
 *                                          └──inspector reopens (look-back)── CLOSED ◀─five YES─┘
 * </pre>
 *
 * Pure: no database, no clock, so every rule is unit-tested on its own.
 */
public final class ProblemLifecycle {

    /** What the rules need to know about a problem. */
    public record Facts(ProblemStatus status, long unitId, long filedBy, int measureCount, int measuresDone) {

        public static Facts of(Problem p) {
            return new Facts(p.status, p.unitId, p.filedBy, p.measureCount, p.measuresDone);
        }

        boolean everyMeasureDone() {
            return measureCount > 0 && measuresDone == measureCount;
        }
    }

    private ProblemLifecycle() {
    }

    /** The actions that would succeed for this caller now (input validation aside). */
    public static Set<ProblemAction> allowedActions(Facts f, Caller caller) {
        Set<ProblemAction> allowed = EnumSet.noneOf(ProblemAction.class);
        for (ProblemAction action : ProblemAction.values()) {
            if (refusal(action, f, caller) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Throws the 403 or 409 that refuses this action, if it is refused. */
    public static void require(ProblemAction action, Facts f, Caller caller) {
        ApiException refusal = refusal(action, f, caller);
        if (refusal != null) {
            throw refusal;
        }
    }

    public static boolean isOpen(ProblemStatus status) {
        return status == ProblemStatus.REGISTERED || status == ProblemStatus.IN_RECTIFICATION;
    }

    private static ApiException refusal(ProblemAction action, Facts f, Caller caller) {
        boolean ownLiaison = caller.isLiaisonOf(f.unitId());
        boolean inspector = caller.is(Role.INSPECTOR);
        return switch (action) {
            case UPDATE -> !(ownLiaison || inspector) ? role("the unit's liaison or an inspector")
                    : !isOpen(f.status()) ? state(f, "can no longer be edited") : null;
            case ADD_MEASURE -> !ownLiaison ? role("the unit's liaison")
                    : !isOpen(f.status()) ? state(f, "takes no new measures") : null;
            case REQUEST_CLOSE_OUT -> !ownLiaison ? role("the unit's liaison")
                    : f.status() != ProblemStatus.IN_RECTIFICATION ? state(f, "cannot be put up for close-out")
                    : !f.everyMeasureDone() ? new ApiException(io.taizhang.common.errors.ErrorType.CLOSE_OUT_INCOMPLETE,
                            "every measure must be DONE with evidence before close-out can be requested") : null;
            case VERIFY -> !inspector ? role("an inspector")
                    : f.status() != ProblemStatus.CLOSE_OUT_REQUESTED ? state(f, "is not awaiting verification")
                    : caller.accountId() == f.filedBy()
                            ? ApiException.forbidden("whoever filed a problem never verifies it") : null;
            case REOPEN -> !inspector ? role("an inspector")
                    : f.status() != ProblemStatus.CLOSED ? state(f, "is not closed") : null;
        };
    }

    private static ApiException role(String who) {
        return ApiException.forbidden("only " + who + " may do this");
    }

    private static ApiException state(Facts f, String what) {
        return ApiException.transition("a problem in status " + f.status() + " " + what)
                .with("problemStatus", f.status().name());
    }
}
