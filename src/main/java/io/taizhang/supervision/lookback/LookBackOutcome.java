package io.taizhang.supervision.lookback;

import io.taizhang.common.Labelled;

/** What the inspector found on the look-back. */
public enum LookBackOutcome implements Labelled {
    CONSOLIDATED,
    RELAPSED;
}
