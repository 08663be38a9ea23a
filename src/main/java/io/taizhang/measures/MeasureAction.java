package io.taizhang.measures;

import io.taizhang.common.Labelled;

/** What a caller may do with a measure now; listed in every measure response. */
public enum MeasureAction implements Labelled {
    UPDATE,
    START,
    REPORT_PROGRESS,
    ADD_EVIDENCE,
    COMPLETE,
    REOPEN;
}
