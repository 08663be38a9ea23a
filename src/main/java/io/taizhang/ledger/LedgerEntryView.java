package io.taizhang.ledger;

import java.time.Instant;
import java.util.Map;

/** A ledger entry as the API shows it. */
public record LedgerEntryView(long id, long problemId, int seq, Long measureId, long unitId, Instant occurredAt,
        Actor actor, LedgerKind kind, Map<String, Object> changes, String reason, String prevHash, String hash) {

    public record Actor(long accountId, String name, String role) {
    }

    public static LedgerEntryView from(LedgerEntry e) {
        return new LedgerEntryView(e.id, e.problemId, e.seq, e.measureId, e.unitId, e.occurredAt,
                new Actor(e.actorAccountId, e.actorName, e.actorRole), LedgerKind.valueOf(e.kind), e.changes,
                e.reason, e.prevHash, e.hash);
    }
}
