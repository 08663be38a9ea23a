package io.taizhang.problems;

import io.taizhang.common.Labelled;

/** Areas the public cares most about; problems there are priority work. */
public enum KeyArea implements Labelled {
    CASE_FILING,
    PETITIONS,
    ENFORCEMENT;
}
