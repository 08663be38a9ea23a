package io.taizhang.problems;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The problem state machine and who may drive it (domain.md; issue "The ledger service", §3):
 *
 * <pre>
 * RETURNED_FOR_REVISION ◀──inspector returns (reason)── REGISTERED ──first measure starts──▶ IN_RECTIFICATION
 *          └──────────liaison revises and resubmits──────────▲                            ▲    ▲   │
 *                                                                                         │    │   liaison requests
 *                                              inspector returns (verification reason)────┼────┘   ▼
 *                              inspector reopens (look-back RELAPSED)── CLOSED ◀─five YES── CLOSE_OUT_REQUESTED
 * </pre>
 *
 * Pure: no database, no clock, so every rule is unit-tested on its own.
 */
public final class ProblemLifecycle {

    /** What the rules need to know about a problem. */
    public record Facts(ProblemStatus status, long unitId, long filedBy, int measureCount, int measuresDone,
            boolean escalated) {

        /** The facts of a problem that is not escalated (the form callers used before escalation existed). */
        public Facts(ProblemStatus status, long unitId, long filedBy, int measureCount, int measuresDone) {
            this(status, unitId, filedBy, measureCount, measuresDone, false);
        }

        public static Facts of(Problem p) {
            return new Facts(p.status, p.unitId, p.filedBy, p.measureCount, p.measuresDone, p.escalatedAt != null);
        }

        boolean everyMeasureDone() {
            return measureCount > 0 && measuresDone == measureCount;
        }
    }

    private static final Map<Integer, Set<ProblemAction>> ALLOWED = new ConcurrentHashMap<>();

    private ProblemLifecycle() {
    }

    /**
     * The actions that would succeed for this caller now (input validation aside). Every row of
     * a list carries them, so the answer is remembered per combination of the only facts
     * {@link #refusal} reads: status and five yes/no questions, at most 160 combinations.
     */
    public static Set<ProblemAction> allowedActions(Facts f, Caller caller) {
        int key = f.status().ordinal() << 5 | bit(caller.isLiaisonOf(f.unitId()), 0) | bit(caller.is(Role.INSPECTOR), 1)
                | bit(f.everyMeasureDone(), 2) | bit(caller.accountId() == f.filedBy(), 3) | bit(f.escalated(), 4);
        return ALLOWED.computeIfAbsent(key, k -> Collections.unmodifiableSet(computeAllowed(f, caller)));
    }

    private static int bit(boolean value, int position) {
        return value ? 1 << position : 0;
    }

    static Set<ProblemAction> computeAllowed(Facts f, Caller caller) {
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

    /** Whether measures may be added and worked on. */
    public static boolean isOpen(ProblemStatus status) {
        return status == ProblemStatus.REGISTERED || status == ProblemStatus.IN_RECTIFICATION;
    }

    /**
     * Whether the unit still owes work: the problem has a traffic light, can be urged and its
     * deadline extended. A problem returned for revision still runs against its deadline.
     */
    public static boolean hasOpenWork(ProblemStatus status) {
        return isOpen(status) || status == ProblemStatus.RETURNED_FOR_REVISION;
    }

    private static ApiException refusal(ProblemAction action, Facts f, Caller caller) {
        boolean ownLiaison = caller.isLiaisonOf(f.unitId());
        boolean inspector = caller.is(Role.INSPECTOR);
        return switch (action) {
            case UPDATE -> !(ownLiaison || inspector) ? role("the unit's liaison or an inspector")
                    : !hasOpenWork(f.status()) ? state(f, "can no longer be edited") : null;
            case ADD_MEASURE -> !ownLiaison ? role("the unit's liaison")
                    : !isOpen(f.status()) ? state(f, "takes no new measures") : null;
            case REQUEST_CLOSE_OUT -> !ownLiaison ? role("the unit's liaison")
                    : f.status() != ProblemStatus.IN_RECTIFICATION ? state(f, "cannot be put up for close-out")
                    : !f.everyMeasureDone() ? new ApiException(io.taizhang.common.errors.ErrorType.CLOSE_OUT_INCOMPLETE,
                            "every measure must be DONE with evidence before close-out can be requested") : null;
            case VERIFY -> !inspector ? role("an inspector")
                    : f.status() != ProblemStatus.CLOSE_OUT_REQUESTED ? state(f, "is not awaiting verification")
                    : caller.accountId() == f.filedBy()
                            ? ApiException.forbidden("whoever filed a problem never verifies it")
                                    .with("rule", "SEPARATION_OF_DUTIES") : null;
            case REOPEN -> !inspector ? role("an inspector")
                    : f.status() != ProblemStatus.CLOSED ? state(f, "is not closed") : null;
            case RETURN_FOR_REVISION -> !inspector ? role("an inspector")
                    : f.status() != ProblemStatus.REGISTERED
                            ? state(f, "can be returned for revision only before rectification starts") : null;
            case RESUBMIT -> !ownLiaison ? role("the unit's liaison")
                    : f.status() != ProblemStatus.RETURNED_FOR_REVISION ? state(f, "was not returned for revision") : null;
            case REQUEST_EXTENSION -> !ownLiaison ? role("the unit's liaison")
                    : !hasOpenWork(f.status()) ? state(f, "has no open deadline to extend") : null;
            case URGE -> !inspector ? role("an inspector")
                    : !hasOpenWork(f.status()) ? state(f, "has no open work to urge") : null;
            case ESCALATE -> !inspector ? role("an inspector")
                    : !hasOpenWork(f.status()) ? state(f, "has no open work to escalate")
                    : f.escalated() ? ApiException.conflict("the problem is already under escalation") : null;
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
