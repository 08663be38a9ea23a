package io.taizhang.common.errors;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sorts database failures by what the client should do: retry later (503), resend with fresh
 * data (409/412) or nothing (500). SQLSTATE classes are from the PostgreSQL manual, appendix A.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static Optional<ErrorType> classify(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        Optional<ErrorType> found = search(failure, seen);
        if (found.isPresent()) {
            return found;
        }
        // a commit that failed without saying why in a way we know: the outcome is a rollback
        // (Narayana) or unknown (heuristic), and a retry with the same Idempotency-Key is safe
        return seen.stream().anyMatch(DatabaseFailures::isFailedCommit)
                ? Optional.of(ErrorType.DATABASE_UNAVAILABLE) : Optional.empty();
    }

    /**
     * Walks causes and suppressed exceptions: a failure at COMMIT arrives as Narayana's
     * RollbackException whose SQLException is only attached as a suppressed XAException.
     */
    private static Optional<ErrorType> search(Throwable t, List<Throwable> seen) {
        if (t == null || seen.stream().anyMatch(s -> s == t) || seen.size() > 64) {
            return Optional.empty();
        }
        seen.add(t);
        Optional<ErrorType> own = one(t);
        if (own.isPresent()) {
            return own;
        }
        Optional<ErrorType> byCause = search(t.getCause(), seen);
        if (byCause.isPresent()) {
            return byCause;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            Optional<ErrorType> bySuppressed = search(suppressed, seen);
            if (bySuppressed.isPresent()) {
                return bySuppressed;
            }
        }
        return Optional.empty();
    }

    private static Optional<ErrorType> one(Throwable t) {
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
            return bySqlState(sql.getSQLState(), sql.getMessage());
        }
        return Optional.empty();
    }

    private static boolean isFailedCommit(Throwable t) {
        return t instanceof jakarta.transaction.RollbackException || t instanceof jakarta.transaction.HeuristicMixedException
                || t instanceof jakarta.transaction.HeuristicRollbackException;
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
