package io.taizhang.problems;

import io.taizhang.common.Labelled;

/** Where a problem stands in its lifecycle (see ProblemLifecycle). */
public enum ProblemStatus implements Labelled {
    REGISTERED,
    RETURNED_FOR_REVISION,
    IN_RECTIFICATION,
    CLOSE_OUT_REQUESTED,
    CLOSED;
}
