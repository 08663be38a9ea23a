package io.taizhang.ledger;

import io.taizhang.common.json.RawJson;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ledger entry as the API shows it. */
public record LedgerEntryView(long id, long problemId, int seq, Long measureId, long unitId, Instant occurredAt,
        Actor actor, LedgerKind kind,
        @Schema(implementation = Map.class, description = "What changed, as the entry recorded it") RawJson changes,
        String reason, String prevHash, String hash) {

    public record Actor(long accountId, String name, String role) {
    }

    public static LedgerEntryView from(LedgerEntry e) {
        return new LedgerEntryView(e.id, e.problemId, e.seq, e.measureId, e.unitId, e.occurredAt,
                new Actor(e.actorAccountId, e.actorName, e.actorRole), LedgerKind.valueOf(e.kind), RawJson.of(e.changes),
                e.reason, e.prevHash, e.hash);
    }
}
