package io.taizhang.ledger;

import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Appends entries to a problem's chain inside the caller's transaction: the change and its
 * ledger entry commit together or not at all. Each committed entry leaves one INFO line (who,
 * which problem, what kind, which entry) in {@code io.taizhang.ledger}, written after the commit
 * so that the log never claims an entry a rollback took back.
 */
@ApplicationScoped
public class LedgerWriter {

    private static final Logger LOG = Logger.getLogger("io.taizhang.ledger");

    private final EntityManager em;
    private final BusinessCalendar calendar;
    private final TransactionSynchronizationRegistry transactions;

    public LedgerWriter(EntityManager em, BusinessCalendar calendar, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry append(LedgerChain chain, Long measureId, Caller actor, LedgerKind kind, Changes changes,
            String reason) {
        return record(next(chain, measureId, actor, kind, changes, reason));
    }

    /**
     * The chain's next entry, hashed, with the chain advanced to it, but not yet stored: for a write
     * that inserts the chain's own row itself and needs its final head first (filing a problem).
     * {@link #record} (or the caller's own insert and {@link #stored}) must follow in the same transaction.
     */
    public LedgerEntry next(LedgerChain chain, Long measureId, Caller actor, LedgerKind kind, Changes changes,
            String reason) {
        Instant now = calendar.now();
        LedgerEntry entry = new LedgerEntry();
        entry.problemId = chain.chainProblemId();
        entry.seq = chain.chainSeq() + 1;
        entry.measureId = measureId;
        entry.unitId = chain.chainUnitId();
        entry.occurredAt = now;
        entry.actorAccountId = actor.accountId();
        entry.actorName = actor.displayName();
        entry.actorRole = actor.role().name();
        entry.kind = kind.name();
        entry.changes = changes.toMap();
        entry.reason = reason;
        entry.prevHash = chain.chainHead();
        entry.hash = LedgerHasher.hash(entry);
        chain.advanceChain(entry.seq, entry.hash, now);
        return entry;
    }

    /** Stores an entry made by {@link #next}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry record(LedgerEntry entry) {
        em.persist(entry);
        logOnCommit(entry);
        return entry;
    }

    /** For an entry made by {@link #next} that the caller inserted itself, in its transaction: the log line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stored(LedgerEntry entry) {
        logOnCommit(entry);
    }

    /**
     * INFO once the entry is committed. When the commit itself fails (connection lost at COMMIT)
     * the outcome is unknown to the service: the entry may be in the database after all, and the
     * client's retry with the same Idempotency-Key will find it. That case gets a WARN line so
     * that every entry in the database has a line in the log.
     */
    private void logOnCommit(LedgerEntry entry) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            private boolean committing;

            @Override
            public void beforeCompletion() {
                committing = true;
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.infof("ledger append: entry %d (problem %d seq %d) %s by account %d [%s]", entry.id,
                            entry.problemId, entry.seq, entry.kind, entry.actorAccountId, entry.actorRole);
                } else if (committing) {
                    LOG.warnf("ledger append not confirmed, the commit failed (outcome unknown): entry %d (problem %d "
                            + "seq %d) %s by account %d [%s]", entry.id, entry.problemId, entry.seq, entry.kind,
                            entry.actorAccountId, entry.actorRole);
                }
            }
        });
    }
}
