package io.taizhang.ledger;

import java.time.Instant;

/**
 * The head of one problem's hash chain, kept on the problem row. Callers hold the row lock
 * (the problem is loaded FOR UPDATE, or new), which serialises appends to one problem only.
 */
public interface LedgerChain {

    long chainProblemId();

    long chainUnitId();

    int chainSeq();

    String chainHead();

    void advanceChain(int seq, String hash, Instant at);
}
