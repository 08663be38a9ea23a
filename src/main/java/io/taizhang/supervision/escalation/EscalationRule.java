package io.taizhang.supervision.escalation;

import io.taizhang.common.Labelled;

/** Why an escalation was raised: one of the configurable rules, or an inspector's own judgement. */
public enum EscalationRule implements Labelled {
    RED_TOO_LONG,
    YELLOW_TWICE,
    MANUAL;
}
