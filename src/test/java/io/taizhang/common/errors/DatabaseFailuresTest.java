package io.taizhang.common.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Database failures are sorted by what the client should do next. */
class DatabaseFailuresTest {

    static Optional<ErrorType> wrapped(Throwable cause) {
        return DatabaseFailures.classify(new RuntimeException("outer", new IllegalStateException("middle", cause)));
    }

    @Test
    void outagesAndTimeoutsAreRetryable503s() {
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new SQLException("refused", "08001")));
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new SQLException("admin shutdown", "57P01")));
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new SQLException("lock timeout", "55P03")));
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new SQLException("statement timeout", "57014")));
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new SQLException("deadlock", "40P01")));
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new SQLTransientConnectionException("gone")));
    }

    @Test
    void duplicatesAreConflictsAndOtherFailuresAreNotGuessed() {
        assertEquals(Optional.of(ErrorType.CONFLICT), wrapped(new SQLException("duplicate key", "23505")));
        assertEquals(Optional.empty(), wrapped(new SQLException("syntax error", "42601")));
        assertEquals(Optional.empty(), wrapped(new NullPointerException()));
    }

    @Test
    void aFailureAtCommitIsFoundAmongSuppressedExceptions() {
        var rollback = new jakarta.transaction.RollbackException("could not commit");
        var xa = new javax.transaction.xa.XAException("commit failed");
        xa.initCause(new SQLException("terminating connection", "57P01"));
        rollback.addSuppressed(xa);
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(rollback));
        var duplicate = new jakarta.transaction.RollbackException("could not commit");
        duplicate.addSuppressed(new SQLException("deferred unique violation", "23505"));
        assertEquals(Optional.of(ErrorType.CONFLICT), wrapped(duplicate));
    }

    @Test
    void aCommitThatFailedForAnUnknownReasonIsStillRetryable() {
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new jakarta.transaction.RollbackException("?")));
        assertEquals(Optional.of(ErrorType.DATABASE_UNAVAILABLE), wrapped(new jakarta.transaction.HeuristicMixedException()));
    }
}
