package io.taizhang.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Forgets Idempotency-Keys past their retention. Harmless when several instances run it. */
@ApplicationScoped
public class IdempotencyHousekeeping {

    private static final Logger LOG = Logger.getLogger(IdempotencyHousekeeping.class);

    private final Idempotency idempotency;

    public IdempotencyHousekeeping(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int purged = idempotency.purgeExpired();
        if (purged > 0) {
            LOG.infof("forgot %d expired idempotency keys", purged);
        }
    }
}
