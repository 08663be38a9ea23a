package io.taizhang.problems;

import io.taizhang.common.Labelled;

/** Which deadline "overdue" is measured against: the current one, or the one first committed to. */
public enum DeadlineBasis implements Labelled {
    CURRENT,
    ORIGINAL;
}
