package io.taizhang.measures;

import io.taizhang.ledger.LedgerEntry;
import java.time.Instant;
import java.util.Map;

/** One progress report, read back from its ledger entry. */
public record ProgressView(long ledgerEntryId, long measureId, int percentBefore, int percent, String note,
        Instant reportedAt, long reportedBy, String reportedByName) {

    static ProgressView from(LedgerEntry e) {
        Map<?, ?> pair = (Map<?, ?>) e.changes.get("progressPercent");
        return new ProgressView(e.id, e.measureId, ((Number) pair.get("before")).intValue(),
                ((Number) pair.get("after")).intValue(), e.reason, e.occurredAt, e.actorAccountId, e.actorName);
    }
}
