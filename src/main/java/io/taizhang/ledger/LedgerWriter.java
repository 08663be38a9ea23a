package io.taizhang.ledger;

import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Appends entries to a problem's chain inside the caller's transaction: the change and its
 * ledger entry commit together or not at all.
 */
@ApplicationScoped
public class LedgerWriter {

    private final EntityManager em;
    private final BusinessCalendar calendar;

    public LedgerWriter(EntityManager em, BusinessCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry append(LedgerChain chain, Long measureId, Caller actor, LedgerKind kind, Changes changes,
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
        em.persist(entry);
        chain.advanceChain(entry.seq, entry.hash, now);
        return entry;
    }
}
