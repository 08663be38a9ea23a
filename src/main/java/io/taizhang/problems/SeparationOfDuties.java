package io.taizhang.problems;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.security.Caller;
import io.taizhang.ledger.LedgerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whoever filed or rectified a problem never verifies it, decides its extensions or confirms its
 * look-back. "Rectified" is read from the ledger, not from the current role, so an account moved
 * from a unit to the inspection group still cannot judge its own work.
 */
@ApplicationScoped
public class SeparationOfDuties {

    /** Ledger entries whose author took part in filing or rectifying the problem. */
    static final List<String> INVOLVING = Stream.of(LedgerKind.PROBLEM_FILED, LedgerKind.MEASURE_ADDED,
            LedgerKind.MEASURE_UPDATED, LedgerKind.MEASURE_STARTED, LedgerKind.PROGRESS_REPORTED,
            LedgerKind.EVIDENCE_ADDED, LedgerKind.MEASURE_COMPLETED, LedgerKind.MEASURE_REOPENED,
            LedgerKind.CLOSE_OUT_REQUESTED, LedgerKind.EXTENSION_REQUESTED, LedgerKind.RESUBMITTED)
            .map(Enum::name).toList();

    private final EntityManager em;

    public SeparationOfDuties(EntityManager em) {
        this.em = em;
    }

    /** 403 when the caller filed or rectified the problem; {@code what} completes "… may never <what>". */
    public void requireUninvolved(Problem p, Caller caller, String what) {
        if (p.filedBy == caller.accountId()) {
            throw refusal("whoever filed a problem may never " + what);
        }
        Number involved = (Number) em.createNativeQuery("""
                SELECT count(*) FROM ledger_entry
                WHERE problem_id = ?1 AND actor_account_id = ?2 AND kind IN (?3)""")
                .setParameter(1, p.id)
                .setParameter(2, caller.accountId())
                .setParameter(3, INVOLVING)
                .getSingleResult();
        if (involved.longValue() > 0) {
            throw refusal("whoever took part in rectifying a problem may never " + what);
        }
    }

    private static ApiException refusal(String detail) {
        return ApiException.forbidden(detail).with("rule", "SEPARATION_OF_DUTIES");
    }
}
