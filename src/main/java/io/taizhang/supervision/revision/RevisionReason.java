package io.taizhang.supervision.revision;

import io.taizhang.common.Labelled;

/** Why a self-reported problem goes back to the unit (退回重新查摆). */
public enum RevisionReason implements Labelled {
    VAGUE,
    ACHIEVEMENT_AS_PROBLEM,
    NO_ROOT_CAUSE,
    NO_MEASURABLE_TARGET;
}
