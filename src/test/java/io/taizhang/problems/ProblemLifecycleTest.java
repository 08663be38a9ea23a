package io.taizhang.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.Role;
import io.taizhang.problems.ProblemLifecycle.Facts;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state machine on its own: every transition, every role, no database. */
class ProblemLifecycleTest {

    static final long UNIT = 7;
    static final Caller OWN_LIAISON = new Caller(1, "liaison-ipc", "L", Role.LIAISON, UNIT);
    static final Caller OTHER_LIAISON = new Caller(2, "liaison-cc1", "L2", Role.LIAISON, 99L);
    static final Caller INSPECTOR = new Caller(3, "inspector", "I", Role.INSPECTOR, null);
    static final Caller FILING_INSPECTOR = new Caller(4, "inspector2", "I2", Role.INSPECTOR, null);
    static final Caller STEERING = new Caller(5, "steering", "S", Role.STEERING, null);
    static final Caller DASHBOARD = new Caller(6, "dashboard", "D", Role.DASHBOARD, null);

    static Facts facts(ProblemStatus status, int measures, int done) {
        return new Facts(status, UNIT, FILING_INSPECTOR.accountId(), measures, done);
    }

    @Test
    void registeredProblemCanBeEditedAndGetMeasuresFromItsOwnLiaison() {
        assertEquals(EnumSet.of(ProblemAction.UPDATE, ProblemAction.ADD_MEASURE, ProblemAction.REQUEST_EXTENSION),
                ProblemLifecycle.allowedActions(facts(ProblemStatus.REGISTERED, 0, 0), OWN_LIAISON));
        assertEquals(EnumSet.of(ProblemAction.UPDATE, ProblemAction.RETURN_FOR_REVISION, ProblemAction.URGE,
                ProblemAction.ESCALATE), ProblemLifecycle.allowedActions(facts(ProblemStatus.REGISTERED, 0, 0), INSPECTOR));
    }

    @Test
    void readersAndOtherUnitsMayDoNothing() {
        for (Caller c : new Caller[] {OTHER_LIAISON, STEERING, DASHBOARD}) {
            for (ProblemStatus s : ProblemStatus.values()) {
                assertEquals(Set.of(), ProblemLifecycle.allowedActions(facts(s, 1, 1), c), c.username() + " in " + s);
            }
        }
    }

    @Test
    void closeOutIsRequestedOnlyWhenEveryMeasureIsDone() {
        assertEquals(ErrorType.CLOSE_OUT_INCOMPLETE, refusal(ProblemAction.REQUEST_CLOSE_OUT,
                facts(ProblemStatus.IN_RECTIFICATION, 2, 1), OWN_LIAISON));
        assertEquals(ErrorType.CLOSE_OUT_INCOMPLETE, refusal(ProblemAction.REQUEST_CLOSE_OUT,
                facts(ProblemStatus.IN_RECTIFICATION, 0, 0), OWN_LIAISON));
        ProblemLifecycle.require(ProblemAction.REQUEST_CLOSE_OUT, facts(ProblemStatus.IN_RECTIFICATION, 2, 2), OWN_LIAISON);
        assertEquals(ErrorType.FORBIDDEN, refusal(ProblemAction.REQUEST_CLOSE_OUT,
                facts(ProblemStatus.IN_RECTIFICATION, 2, 2), INSPECTOR));
        assertEquals(ErrorType.INVALID_TRANSITION, refusal(ProblemAction.REQUEST_CLOSE_OUT,
                facts(ProblemStatus.REGISTERED, 0, 0), OWN_LIAISON));
    }

    @Test
    void onlyAnInspectorWhoDidNotFileTheProblemVerifiesIt() {
        Facts awaiting = facts(ProblemStatus.CLOSE_OUT_REQUESTED, 1, 1);
        assertEquals(EnumSet.of(ProblemAction.VERIFY), ProblemLifecycle.allowedActions(awaiting, INSPECTOR));
        assertEquals(ErrorType.FORBIDDEN, refusal(ProblemAction.VERIFY, awaiting, FILING_INSPECTOR));
        assertEquals(ErrorType.FORBIDDEN, refusal(ProblemAction.VERIFY, awaiting, OWN_LIAISON));
        assertEquals(ErrorType.INVALID_TRANSITION, refusal(ProblemAction.VERIFY,
                facts(ProblemStatus.IN_RECTIFICATION, 1, 1), INSPECTOR));
    }

    @Test
    void nothingChangesWhileAwaitingVerificationOrClosedExceptReopening() {
        for (ProblemStatus s : EnumSet.of(ProblemStatus.CLOSE_OUT_REQUESTED, ProblemStatus.CLOSED)) {
            assertEquals(ErrorType.INVALID_TRANSITION, refusal(ProblemAction.UPDATE, facts(s, 1, 1), OWN_LIAISON));
            assertEquals(ErrorType.INVALID_TRANSITION, refusal(ProblemAction.ADD_MEASURE, facts(s, 1, 1), OWN_LIAISON));
        }
        assertEquals(EnumSet.of(ProblemAction.REOPEN),
                ProblemLifecycle.allowedActions(facts(ProblemStatus.CLOSED, 1, 1), INSPECTOR));
        assertEquals(ErrorType.FORBIDDEN, refusal(ProblemAction.REOPEN, facts(ProblemStatus.CLOSED, 1, 1), OWN_LIAISON));
        assertEquals(ErrorType.INVALID_TRANSITION, refusal(ProblemAction.REOPEN,
                facts(ProblemStatus.IN_RECTIFICATION, 1, 1), INSPECTOR));
    }

    private static ErrorType refusal(ProblemAction action, Facts f, Caller c) {
        return assertThrows(ApiException.class, () -> ProblemLifecycle.require(action, f, c)).type();
    }

    @Test
    void rememberedActionsAreTheActionsTheRulesGiveForEveryCombination() {
        Caller[] callers = {OWN_LIAISON, OTHER_LIAISON, INSPECTOR, FILING_INSPECTOR, STEERING, DASHBOARD,
            new Caller(8, "liaison-filer", "LF", Role.LIAISON, UNIT)};
        int checked = 0;
        // twice, in opposite orders, so each answer is also served from what another combination left behind
        for (int round = 0; round < 2; round++) {
            for (ProblemStatus status : ProblemStatus.values()) {
                for (int[] measures : new int[][] {{0, 0}, {2, 1}, {2, 2}}) {
                    for (boolean escalated : new boolean[] {false, true}) {
                        for (long filer : new long[] {FILING_INSPECTOR.accountId(), 8}) {
                            for (int i = 0; i < callers.length; i++) {
                                Caller c = callers[round == 0 ? i : callers.length - 1 - i];
                                Facts f = new Facts(status, UNIT, filer, measures[0], measures[1], escalated);
                                assertEquals(ProblemLifecycle.computeAllowed(f, c), ProblemLifecycle.allowedActions(f, c),
                                        status + " " + c.username() + " " + escalated + " filer " + filer);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertEquals(2 * ProblemStatus.values().length * 3 * 2 * 2 * callers.length, checked);
    }
}
