package io.taizhang.ledger;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Page;
import io.taizhang.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reading the ledger with the caller's visibility: another unit's entries do not exist for a liaison. */
@ApplicationScoped
public class LedgerService {

    private final LedgerRepository entries;
    private final LedgerReader reader;
    private final LedgerFeed feed;
    private final LedgerAudit audit;
    private final EntityManager em;

    public LedgerService(LedgerRepository entries, LedgerReader reader, LedgerFeed feed, LedgerAudit audit,
            EntityManager em) {
        this.entries = entries;
        this.reader = reader;
        this.feed = feed;
        this.audit = audit;
        this.em = em;
    }

    public Page<LedgerEntryView> history(Caller caller, long problemId, Integer afterSeq, int limit) {
        requireVisibleProblem(caller, problemId);
        List<LedgerEntryView> rows = reader.history(problemId, afterSeq == null ? 0 : afterSeq, limit + 1);
        return Page.of(rows, limit, e -> String.valueOf(e.seq()));
    }

    public LedgerEntryView entry(Caller caller, long entryId) {
        return entries.findByIdOptional(entryId)
                .filter(e -> caller.canSeeUnit(e.unitId))
                .map(LedgerEntryView::from)
                .orElseThrow(() -> ApiException.notFound("ledger entry " + entryId));
    }

    public Page<LedgerEntryView> feed(Caller caller, LedgerFeed.Filter filter, String cursor, int limit) {
        Long own = caller.visibleUnitOnly();
        LedgerFeed.Filter visible = filter;
        if (own != null) {
            if (filter.unitId() != null && !filter.unitId().equals(own)) {
                return new Page<>(List.of(), null);
            }
            visible = new LedgerFeed.Filter(own, filter.kind(), filter.since(), filter.problemId());
        }
        return feed.page(visible, cursor, limit);
    }

    public LedgerAudit.ChainReport verifyProblem(Caller caller, long problemId) {
        requireVisibleProblem(caller, problemId);
        return audit.verifyProblem(problemId);
    }

    public LedgerAudit.LedgerReport verifyAll() {
        return audit.verifyAll();
    }

    private void requireVisibleProblem(Caller caller, long problemId) {
        List<?> unit = em.createNativeQuery("SELECT unit_id FROM problem WHERE id = ?1")
                .setParameter(1, problemId).getResultList();
        if (unit.isEmpty() || !caller.canSeeUnit(((Number) unit.get(0)).longValue())) {
            throw ApiException.notFound("problem " + problemId);
        }
    }
}
