package io.taizhang.problems;

import io.taizhang.common.Labelled;

/** How serious a problem is. */
public enum Severity implements Labelled {
    LOW,
    MEDIUM,
    HIGH;
}
