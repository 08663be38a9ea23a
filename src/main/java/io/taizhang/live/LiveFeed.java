package io.taizhang.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.ledger.LedgerFeed;
import io.taizhang.ledger.LedgerFeed.FeedEntry;
import io.taizhang.ledger.LedgerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * The one poller behind every live stream: while anyone listens, it reads the global ledger feed
 * after its last position and hands each new entry to the subscribers that may see it. However
 * many wall displays are connected, the database sees one feed query per poll interval. The feed
 * shows only committed transactions below the snapshot's xmin, so the broadcast has no gaps either.
 */
@ApplicationScoped
public class LiveFeed {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(LiveFeed.class);
    private static final LedgerFeed.Filter EVERYTHING = new LedgerFeed.Filter(null, null, null, null);

    private final LedgerFeed feed;
    private final LiveSettings settings;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    /** The cursor after the last broadcast entry (null: from the start of an empty ledger). */
    private String position;

    public LiveFeed(LedgerFeed feed, LiveSettings settings) {
        this.feed = feed;
        this.settings = settings;
    }

    /**
     * A new stream, refused with 429 when this instance already serves as many as it may. The
     * first stream places the poller at the head of the feed before it returns, so a stream that
     * catches up from its Last-Event-ID and then follows the broadcast misses nothing between them.
     */
    synchronized Subscriber subscribe(Long unitId, LedgerKind kind) {
        if (subscribers.size() >= settings.maxSubscribers()) {
            throw new ApiException(ErrorType.RATE_LIMITED,
                    "this instance already serves " + settings.maxSubscribers() + " live streams; try again later");
        }
        if (subscribers.isEmpty()) {
            position = QuarkusTransaction.requiringNew().call(feed::head);
        }
        Subscriber s = new Subscriber(unitId, kind, settings.backlog());
        subscribers.add(s);
        return s;
    }

    void unsubscribe(Subscriber s) {
        s.close();
        subscribers.remove(s);
    }

    /** Entries after a cursor with the subscriber's visibility and filters, for a stream that resumes. */
    List<FeedEntry> catchUp(Subscriber s, String cursor) {
        LedgerFeed.Filter filter = new LedgerFeed.Filter(s.unitId(), s.kind(), null, null);
        return QuarkusTransaction.requiringNew().call(() -> feed.entriesAfter(filter, cursor, BATCH));
    }

    @Scheduled(every = "${taizhang.live.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void poll() {
        if (subscribers.isEmpty()) {
            return;
        }
        try {
            List<FeedEntry> batch;
            do {
                String after = position;
                batch = QuarkusTransaction.requiringNew().call(() -> feed.entriesAfter(EVERYTHING, after, BATCH));
                for (FeedEntry e : batch) {
                    subscribers.forEach(s -> s.offer(e));
                    position = e.cursor();
                }
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            // the database may be away for a while; streams keep their heartbeats and the next poll retries
            LOG.warnf("live feed poll failed: %s", e.toString());
        }
    }

    int subscribers() {
        return subscribers.size();
    }

    void onStop(@Observes ShutdownEvent event) {
        subscribers.forEach(Subscriber::close);
    }
}
