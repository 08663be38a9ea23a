package io.taizhang.common.security;

import io.taizhang.common.Labelled;

/** Who a caller is in the campaign (domain.md, "Who uses it"). */
public enum Role implements Labelled {
    LIAISON,
    INSPECTOR,
    STEERING,
    DASHBOARD,
    ADMIN,
    SYSTEM;

    /** Role names as compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String LIAISON = "LIAISON";
        public static final String INSPECTOR = "INSPECTOR";
        public static final String STEERING = "STEERING";
        public static final String DASHBOARD = "DASHBOARD";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
