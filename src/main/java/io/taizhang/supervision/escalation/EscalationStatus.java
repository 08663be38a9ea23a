package io.taizhang.supervision.escalation;

import io.taizhang.common.Labelled;

/** PROPOSED → ACTIVE (confirmed, 挂牌督办) → LIFTED (摘牌, once back on track); or PROPOSED → DISMISSED. */
public enum EscalationStatus implements Labelled {
    PROPOSED,
    DISMISSED,
    ACTIVE,
    LIFTED;
}
