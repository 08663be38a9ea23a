package io.taizhang.supervision.lookback;

import io.taizhang.common.TaizhangConfig;
import io.taizhang.problems.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Schedules the look-back of a closure, in the close-out's own transaction. */
@ApplicationScoped
public class LookBackScheduler {

    private final LookBackRepository lookBacks;
    private final TaizhangConfig config;

    public LookBackScheduler(LookBackRepository lookBacks, TaizhangConfig config) {
        this.lookBacks = lookBacks;
        this.config = config;
    }

    /** Creates the pending look-back of a problem just closed; returns its due date (for the ledger entry). */
    @Transactional(Transactional.TxType.MANDATORY)
    public LocalDate schedule(Problem closed, Long verificationId) {
        LookBack l = new LookBack();
        l.problemId = closed.id;
        l.unitId = closed.unitId;
        l.closedAt = closed.closedAt;
        l.verificationId = verificationId;
        l.dueOn = LocalDate.ofInstant(closed.closedAt, config.zone())
                .plusDays(config.supervision().lookBack().consolidationDays());
        l.status = LookBack.Status.PENDING;
        lookBacks.persist(l);
        return l.dueOn;
    }
}
