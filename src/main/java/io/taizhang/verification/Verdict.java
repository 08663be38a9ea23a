package io.taizhang.verification;

import io.taizhang.common.Labelled;

public enum Verdict implements Labelled {
    YES,
    PARTLY,
    NO;
}
