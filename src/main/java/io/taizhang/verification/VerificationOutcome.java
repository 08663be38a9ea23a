package io.taizhang.verification;

import io.taizhang.common.Labelled;

public enum VerificationOutcome implements Labelled {
    CLOSED,
    RETURNED;
}
