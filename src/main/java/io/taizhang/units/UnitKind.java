package io.taizhang.units;

import io.taizhang.common.Labelled;

public enum UnitKind implements Labelled {
    CIRCUIT_COURT,
    SPECIALISED_COURT,
    AFFILIATED_UNIT,
    OTHER;
}
