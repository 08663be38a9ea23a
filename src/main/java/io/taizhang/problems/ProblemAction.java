package io.taizhang.problems;

import io.taizhang.common.Labelled;

/** What a caller may do with a problem now; listed in every problem response. */
public enum ProblemAction implements Labelled {
    UPDATE,
    ADD_MEASURE,
    REQUEST_CLOSE_OUT,
    VERIFY,
    REOPEN,
    RETURN_FOR_REVISION,
    RESUBMIT,
    REQUEST_EXTENSION,
    URGE,
    ESCALATE;
}
