package io.taizhang.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    /** A problem's entries after {@code afterSeq}, in chain order, one more than the limit. */
    public List<LedgerEntry> history(long problemId, int afterSeq, int limit) {
        return find("problemId = ?1 and seq > ?2 order by seq", problemId, afterSeq).page(0, limit + 1).list();
    }

    /** A problem's newest entries, newest first. */
    public List<LedgerEntry> latest(long problemId, int count) {
        return find("problemId = ?1 order by seq desc", problemId).page(0, count).list();
    }

    public List<LedgerEntry> whole(long problemId) {
        return list("problemId = ?1 order by seq", problemId);
    }

    public List<LedgerEntry> ofMeasure(long measureId, LedgerKind kind) {
        return list("measureId = ?1 and kind = ?2 order by seq", measureId, kind.name());
    }
}
