package io.taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.taizhang.ledger.ChainVerifier.Break;
import io.taizhang.ledger.ChainVerifier.BrokenEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hash chain on its own: any change, removal or reordering is found, and named. */
class ChainVerifierTest {

    static List<LedgerEntry> chain(int length) {
        List<LedgerEntry> entries = new ArrayList<>();
        String prev = LedgerHasher.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            LedgerEntry e = new LedgerEntry();
            e.id = 100L + seq;
            e.problemId = 42L;
            e.seq = seq;
            e.unitId = 7L;
            e.occurredAt = Instant.parse("2023-06-16T01:00:00Z").plusSeconds(seq);
            e.actorAccountId = 1L;
            e.actorName = "联络员";
            e.actorRole = "LIAISON";
            e.kind = "PROGRESS_REPORTED";
            e.changes = Map.of("progressPercent", Map.of("before", seq - 1, "after", seq));
            e.reason = "第" + seq + "次进展";
            e.prevHash = prev;
            e.hash = LedgerHasher.hash(e);
            prev = e.hash;
            entries.add(e);
        }
        return entries;
    }

    static BrokenEntry verify(List<LedgerEntry> entries, int headSeq, String headHash) {
        ChainVerifier v = new ChainVerifier();
        entries.forEach(v::accept);
        return v.finish(headSeq, headHash);
    }

    @Test
    void intactChainVerifies() {
        List<LedgerEntry> c = chain(5);
        assertNull(verify(c, 5, c.get(4).hash));
    }

    @Test
    void changedContentIsNamedByEntry() {
        List<LedgerEntry> c = chain(5);
        c.get(2).reason = "改过的进展";
        BrokenEntry broken = verify(c, 5, c.get(4).hash);
        assertEquals(new BrokenEntry(103L, 3, Break.HASH_MISMATCH), broken);
    }

    @Test
    void recomputedHashStillBreaksTheNextLink() {
        List<LedgerEntry> c = chain(5);
        c.get(2).reason = "改过的进展";
        c.get(2).hash = LedgerHasher.hash(c.get(2));
        assertEquals(new BrokenEntry(104L, 4, Break.PREVIOUS_HASH_MISMATCH), verify(c, 5, c.get(4).hash));
    }

    @Test
    void removedEntryIsAGap() {
        List<LedgerEntry> c = chain(5);
        c.remove(1);
        assertEquals(new BrokenEntry(103L, 3, Break.SEQUENCE_GAP), verify(c, 5, c.get(3).hash));
    }

    @Test
    void removedTailIsFoundAgainstTheProblemsHead() {
        List<LedgerEntry> c = chain(5);
        String head = c.get(4).hash;
        c.remove(4);
        assertEquals(Break.MISSING_TAIL, verify(c, 5, head).reason());
    }

    @Test
    void hashCoversEveryField() {
        LedgerEntry e = chain(1).get(0);
        String original = LedgerHasher.hash(e);
        e.actorName = "别人";
        assertNotEquals(original, LedgerHasher.hash(e));
        e.actorName = "联络员";
        e.occurredAt = e.occurredAt.plusNanos(1000);
        assertNotEquals(original, LedgerHasher.hash(e));
    }
}
