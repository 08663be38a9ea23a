package io.taizhang.supervision.extensions;

import io.taizhang.common.Labelled;

public enum ExtensionStatus implements Labelled {
    PENDING,
    APPROVED,
    REJECTED;
}
