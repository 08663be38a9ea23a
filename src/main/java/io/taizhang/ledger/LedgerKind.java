package io.taizhang.ledger;

import io.taizhang.common.Labelled;

/** What a ledger entry records. Stored as text and CHECKed by the schema. */
public enum LedgerKind implements Labelled {
    PROBLEM_FILED,
    PROBLEM_UPDATED,
    STATUS_CHANGED,
    MEASURE_ADDED,
    MEASURE_UPDATED,
    MEASURE_STARTED,
    PROGRESS_REPORTED,
    EVIDENCE_ADDED,
    MEASURE_COMPLETED,
    MEASURE_REOPENED,
    CLOSE_OUT_REQUESTED,
    VERIFICATION_RECORDED,
    PROBLEM_REOPENED;
}
