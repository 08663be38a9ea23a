package io.taizhang.supervision;

import io.taizhang.common.security.Caller;

/**
 * The unit a list is restricted to for a caller: a liaison's own unit whatever it asks for, and
 * nothing at all when it asks for another unit (whose records do not exist for it).
 */
public record UnitScope(Long unitId, boolean nothing) {

    public static UnitScope of(Caller caller, Long requested) {
        Long own = caller.visibleUnitOnly();
        if (own == null) {
            return new UnitScope(requested, false);
        }
        return new UnitScope(own, requested != null && !own.equals(requested));
    }
}
