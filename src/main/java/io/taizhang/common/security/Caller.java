package io.taizhang.common.security;

/**
 * The authenticated account behind a request. Services take it as an argument and decide
 * visibility with it: a liaison sees only its own unit, inspectors, steering and dashboards see all.
 */
public record Caller(long accountId, String username, String displayName, Role role, Long unitId) {

    public boolean is(Role r) {
        return role == r;
    }

    /** Whether records of the given unit exist for this caller; when not, they answer 404. */
    public boolean canSeeUnit(long unit) {
        return switch (role) {
            case LIAISON -> unitId != null && unitId == unit;
            case INSPECTOR, STEERING, DASHBOARD, SYSTEM -> true;
            case ADMIN -> false;
        };
    }

    /** The unit a list must be restricted to, or null when the caller reads every unit. */
    public Long visibleUnitOnly() {
        return role == Role.LIAISON ? unitId : null;
    }

    public boolean isLiaisonOf(long unit) {
        return role == Role.LIAISON && unitId != null && unitId == unit;
    }
}
