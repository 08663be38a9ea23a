package io.taizhang.common.errors;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Sorts database failures by what the client should do: retry later (503), resend with fresh
 * data (409/412) or nothing (500). SQLSTATE classes are from the PostgreSQL manual, appendix A.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static Optional<ErrorType> classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("OptimisticLockException") || name.endsWith("StaleObjectStateException")
                    || name.endsWith("StaleStateException")) {
                return Optional.of(ErrorType.STALE_VERSION);
            }
            if (name.endsWith("JDBCConnectionException") || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return Optional.of(ErrorType.DATABASE_UNAVAILABLE);
            }
            if (t instanceof SQLException sql) {
                Optional<ErrorType> bySqlState = bySqlState(sql.getSQLState(), sql.getMessage());
                if (bySqlState.isPresent()) {
                    return bySqlState;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ErrorType> bySqlState(String state, String message) {
        if (state == null) {
            // the connection pool's own failures (acquisition timeout, pool closed) carry no state
            return message != null && message.toLowerCase().contains("acquisition timeout")
                    ? Optional.of(ErrorType.DATABASE_UNAVAILABLE) : Optional.empty();
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("55P03") || state.equals("57014") || state.startsWith("40")) {
            // connection lost, out of resources, shutting down, lock or statement timeout,
            // serialization failure or deadlock: all transient
            return Optional.of(ErrorType.DATABASE_UNAVAILABLE);
        }
        if (state.equals("23505")) {
            return Optional.of(ErrorType.CONFLICT);
        }
        return Optional.empty();
    }
}
