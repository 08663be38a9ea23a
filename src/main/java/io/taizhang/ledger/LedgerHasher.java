package io.taizhang.ledger;

import io.taizhang.common.json.CanonicalJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tamper-evidence of the ledger: an entry's hash is SHA-256 over the canonical JSON of all its
 * recorded fields and the previous entry's hash, so changing, removing or reordering any entry of
 * a problem breaks every hash after it.
 */
public final class LedgerHasher {

    /** The "previous hash" of a problem's first entry. */
    public static final String GENESIS = "0".repeat(64);
    static final int FORMAT_VERSION = 1;

    private LedgerHasher() {
    }

    public static String hash(LedgerEntry e) {
        return hash(e.problemId, e.seq, e.measureId, e.unitId, e.occurredAt, e.actorAccountId, e.actorName,
                e.actorRole, e.kind, e.changes, e.reason, e.prevHash);
    }

    public static String hash(long problemId, int seq, Long measureId, long unitId, Instant occurredAt,
            long actorAccountId, String actorName, String actorRole, String kind, Map<String, Object> changes,
            String reason, String prevHash) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("v", FORMAT_VERSION);
        canonical.put("problemId", problemId);
        canonical.put("seq", seq);
        canonical.put("measureId", measureId);
        canonical.put("unitId", unitId);
        canonical.put("occurredAt", occurredAt.toString());
        canonical.put("actorAccountId", actorAccountId);
        canonical.put("actorName", actorName);
        canonical.put("actorRole", actorRole);
        canonical.put("kind", kind);
        canonical.put("changes", changes);
        canonical.put("reason", reason);
        canonical.put("prevHash", prevHash);
        return CanonicalJson.sha256Hex(CanonicalJson.write(canonical));
    }
}
