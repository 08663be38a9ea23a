package io.taizhang.measures;

import io.taizhang.common.Labelled;

/** PLANNED → IN_PROGRESS → DONE (DONE only with evidence; back to IN_PROGRESS with a reason). */
public enum MeasureStatus implements Labelled {
    PLANNED,
    IN_PROGRESS,
    DONE;
}
