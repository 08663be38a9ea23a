package io.taizhang.common.jdbc;

import org.hibernate.engine.spi.SelfDirtinessTracker;

/**
 * Entities that the JDBC readers fill and that Hibernate never sees. The build enhances every
 * entity's field writes with dirty tracking: each write compares old and new values and appends
 * the field's name to a list that it first searches name by name. A 50-row page of problems made
 * 1,500 such writes and ~22,000 name comparisons for a list nobody reads (3 % of the service's
 * CPU on the list mix, async-profiler). Suspending the tracker before the first write skips it.
 */
public final class Detached {

    private Detached() {
    }

    public static <T> T untracked(T entity) {
        if (entity instanceof SelfDirtinessTracker tracked) {
            tracked.$$_hibernate_suspendDirtyTracking(true);
        }
        return entity;
    }
}
