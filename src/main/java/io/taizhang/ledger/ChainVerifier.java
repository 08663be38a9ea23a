package io.taizhang.ledger;

/**
 * Walks one problem's entries in seq order and finds the first that does not belong in an intact
 * chain: a gap in the sequence, a previous-hash that is not the previous entry's hash, a hash
 * that does not match the entry's content, or a chain that ends before the head the problem
 * records (entries removed from the end).
 */
public final class ChainVerifier {

    public enum Break { SEQUENCE_GAP, PREVIOUS_HASH_MISMATCH, HASH_MISMATCH, MISSING_TAIL }

    public record BrokenEntry(Long entryId, int seq, Break reason) {
    }

    private int expectedSeq = 1;
    private String previousHash = LedgerHasher.GENESIS;
    private BrokenEntry broken;
    private int checked;

    /** Feeds the next entry; returns false once the chain is known to be broken. */
    public boolean accept(LedgerEntry e) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (e.seq != expectedSeq) {
            broken = new BrokenEntry(e.id, e.seq, Break.SEQUENCE_GAP);
        } else if (!previousHash.equals(e.prevHash)) {
            broken = new BrokenEntry(e.id, e.seq, Break.PREVIOUS_HASH_MISMATCH);
        } else if (!LedgerHasher.hash(e).equals(e.hash)) {
            broken = new BrokenEntry(e.id, e.seq, Break.HASH_MISMATCH);
        } else {
            expectedSeq++;
            previousHash = e.hash;
        }
        return broken == null;
    }

    /** Compares the walked chain with the head recorded on the problem. */
    public BrokenEntry finish(int headSeq, String headHash) {
        if (broken == null && (expectedSeq - 1 != headSeq || !previousHash.equals(headHash))) {
            broken = new BrokenEntry(null, expectedSeq, Break.MISSING_TAIL);
        }
        return broken;
    }

    public int checked() {
        return checked;
    }

    public String lastHash() {
        return previousHash;
    }
}
