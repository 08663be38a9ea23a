package io.taizhang.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    public List<LedgerEntry> whole(long problemId) {
        return list("problemId = ?1 order by seq", problemId);
    }

    public List<LedgerEntry> ofMeasure(long measureId, LedgerKind kind) {
        return list("measureId = ?1 and kind = ?2 order by seq", measureId, kind.name());
    }
}
