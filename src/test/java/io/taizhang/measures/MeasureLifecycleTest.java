package io.taizhang.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.Role;
import io.taizhang.measures.MeasureLifecycle.Facts;
import io.taizhang.problems.ProblemStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureLifecycleTest {

    static final Caller LIAISON = new Caller(1, "liaison-ipc", "L", Role.LIAISON, 7L);
    static final Caller INSPECTOR = new Caller(3, "inspector", "I", Role.INSPECTOR, null);

    @Test
    void plannedMeasureIsStartedEditedOrGivenEvidence() {
        assertEquals(EnumSet.of(MeasureAction.UPDATE, MeasureAction.START, MeasureAction.ADD_EVIDENCE),
                MeasureLifecycle.allowedActions(new Facts(MeasureStatus.PLANNED, 0, 7, ProblemStatus.REGISTERED), LIAISON));
    }

    @Test
    void aMeasureIsDoneOnlyWithEvidence() {
        Facts noEvidence = new Facts(MeasureStatus.IN_PROGRESS, 0, 7, ProblemStatus.IN_RECTIFICATION);
        ApiException refused = assertThrows(ApiException.class,
                () -> MeasureLifecycle.require(MeasureAction.COMPLETE, noEvidence, LIAISON));
        assertEquals(ErrorType.INVALID_TRANSITION, refused.type());
        assertEquals("EVIDENCE", refused.extensions().get("missing"));
        MeasureLifecycle.require(MeasureAction.COMPLETE,
                new Facts(MeasureStatus.IN_PROGRESS, 1, 7, ProblemStatus.IN_RECTIFICATION), LIAISON);
    }

    @Test
    void doneMeasureCanOnlyBeReopenedOrGivenMoreEvidence() {
        assertEquals(EnumSet.of(MeasureAction.REOPEN, MeasureAction.ADD_EVIDENCE), MeasureLifecycle.allowedActions(
                new Facts(MeasureStatus.DONE, 1, 7, ProblemStatus.IN_RECTIFICATION), LIAISON));
    }

    @Test
    void measuresAreFrozenWhileTheProblemAwaitsVerificationOrIsClosed() {
        for (ProblemStatus s : EnumSet.of(ProblemStatus.CLOSE_OUT_REQUESTED, ProblemStatus.CLOSED)) {
            assertEquals(Set.of(), MeasureLifecycle.allowedActions(new Facts(MeasureStatus.DONE, 1, 7, s), LIAISON));
        }
    }

    @Test
    void onlyTheUnitsOwnLiaisonRectifies() {
        Facts open = new Facts(MeasureStatus.IN_PROGRESS, 1, 7, ProblemStatus.IN_RECTIFICATION);
        assertEquals(Set.of(), MeasureLifecycle.allowedActions(open, INSPECTOR));
        assertEquals(Set.of(), MeasureLifecycle.allowedActions(open, new Caller(2, "x", "x", Role.LIAISON, 8L)));
    }
}
