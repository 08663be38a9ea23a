package io.taizhang.live;

import io.taizhang.ledger.LedgerFeed.FeedEntry;
import io.taizhang.ledger.LedgerKind;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open stream: which entries it wants (the caller's visibility and its filters), the entries
 * the shared poller handed it and the stream has not written yet, and the last position written,
 * so that an entry met both in the catch-up and in the live broadcast is written once.
 */
final class Subscriber {

    private final Long unitId;
    private final LedgerKind kind;
    private final BlockingQueue<FeedEntry> queue;
    private volatile boolean closed;
    private long lastTx = -1;
    private long lastId = -1;

    Subscriber(Long unitId, LedgerKind kind, int backlog) {
        this.unitId = unitId;
        this.kind = kind;
        this.queue = new ArrayBlockingQueue<>(backlog);
    }

    boolean wants(FeedEntry e) {
        return (unitId == null || unitId == e.entry().unitId()) && (kind == null || kind == e.entry().kind());
    }

    /** Called by the poller; a subscriber too slow to keep up is closed rather than buffered for ever. */
    void offer(FeedEntry e) {
        if (!closed && wants(e) && !queue.offer(e)) {
            closed = true;
        }
    }

    FeedEntry next(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    FeedEntry nextNow() {
        return queue.poll();
    }

    /** True once: whether the entry comes after everything already written; it then counts as written. */
    boolean advance(FeedEntry e) {
        long id = e.entry().id();
        if (e.tx() < lastTx || e.tx() == lastTx && id <= lastId) {
            return false;
        }
        lastTx = e.tx();
        lastId = id;
        return true;
    }

    void resumeAfter(long[] position) {
        lastTx = position[0];
        lastId = position[1];
    }

    Long unitId() {
        return unitId;
    }

    LedgerKind kind() {
        return kind;
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }
}
