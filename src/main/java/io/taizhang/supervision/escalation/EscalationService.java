package io.taizhang.supervision.escalation;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemAction;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemService;
import io.taizhang.problems.ProblemViews;
import io.taizhang.supervision.escalation.EscalationDtos.EscalationDecision;
import io.taizhang.supervision.escalation.EscalationDtos.EscalationView;
import io.taizhang.supervision.lights.Thresholds;
import io.taizhang.supervision.lights.TrafficLight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The inspector's side of the escalation ladder (挂牌督办): confirm or dismiss a proposal, escalate
 * directly, and lift an escalation once the problem is back on track. Every step locks the problem
 * and is written to its ledger.
 */
@ApplicationScoped
public class EscalationService {

    private final EscalationRepository escalations;
    private final ProblemService problems;
    private final ProblemViews views;
    private final LedgerWriter ledger;
    private final BusinessCalendar calendar;

    public EscalationService(EscalationRepository escalations, ProblemService problems, ProblemViews views,
            LedgerWriter ledger, BusinessCalendar calendar) {
        this.escalations = escalations;
        this.problems = problems;
        this.views = views;
        this.ledger = ledger;
        this.calendar = calendar;
    }

    /** An inspector's own decision to escalate, without waiting for a rule to fire. */
    @Transactional
    public EscalationView escalate(Caller caller, long problemId, String ifMatch, EscalationDecision decision) {
        Problem p = problems.lockVisible(caller, problemId);
        Etags.checkMatch(ifMatch, views.etag(p));
        ProblemLifecycle.require(ProblemAction.ESCALATE, ProblemLifecycle.Facts.of(p), caller);
        escalations.openOf(p.id).ifPresent(open -> {
            throw ApiException.conflict("an escalation proposal is open for this problem: confirm or dismiss it")
                    .with("escalationId", open.id);
        });
        Instant now = calendar.now();
        long id = escalations.insertUnlessKnown(p.id, p.unitId, null, EscalationRule.MANUAL, "manual:" + now,
                EscalationStatus.PROPOSED, caller.accountId(), now)
                .orElseThrow(() -> ApiException.conflict("the problem was escalated at the same moment; read it again"));
        Escalation e = escalations.findById(id);
        return activate(caller, p, e, decision);
    }

    @Transactional
    public EscalationView confirm(Caller caller, long escalationId, String ifMatch, EscalationDecision decision) {
        Escalation e = visible(caller, escalationId);
        Problem p = lockAndRefresh(caller, e, ifMatch);
        requireStatus(e, EscalationStatus.PROPOSED);
        return activate(caller, p, e, decision);
    }

    @Transactional
    public EscalationView dismiss(Caller caller, long escalationId, String ifMatch, String note) {
        Escalation e = visible(caller, escalationId);
        Problem p = lockAndRefresh(caller, e, ifMatch);
        requireStatus(e, EscalationStatus.PROPOSED);
        e.status = EscalationStatus.DISMISSED;
        e.dismissedBy = caller.accountId();
        e.dismissedAt = calendar.now();
        e.closingNote = note.strip();
        ledger.append(p, e.measureId, caller, LedgerKind.ESCALATION_DISMISSED,
                Changes.of().value("escalationId", e.id).value("rule", e.rule), e.closingNote);
        escalations.flush();
        return EscalationView.from(e);
    }

    /** 摘牌: only once the problem is back on track (GREEN), or its work is done (no light). */
    @Transactional
    public EscalationView lift(Caller caller, long escalationId, String ifMatch, String note) {
        Escalation e = visible(caller, escalationId);
        Problem p = lockAndRefresh(caller, e, ifMatch);
        requireStatus(e, EscalationStatus.ACTIVE);
        TrafficLight light = Thresholds.lightAt(Thresholds.of(p.lightYellowAt, p.lightRedAt), calendar.now());
        if (light == TrafficLight.YELLOW || light == TrafficLight.RED) {
            throw ApiException.transition("the problem is not back on track: its light is " + light
                    + "; an escalation is lifted only once the lag is made up").with("light", light.name());
        }
        e.status = EscalationStatus.LIFTED;
        e.liftedBy = caller.accountId();
        e.liftedAt = calendar.now();
        e.closingNote = note.strip();
        p.escalatedAt = null;
        ledger.append(p, null, caller, LedgerKind.DEESCALATED, Changes.of().value("escalationId", e.id)
                .value("light", light), e.closingNote);
        escalations.flush();
        return EscalationView.from(e);
    }

    private EscalationView activate(Caller caller, Problem p, Escalation e, EscalationDecision decision) {
        if (!ProblemLifecycle.hasOpenWork(p.status)) {
            throw ApiException.transition("the problem is " + p.status + "; there is no open work to supervise")
                    .with("problemStatus", p.status.name());
        }
        if (decision.superviseUntil().isBefore(calendar.today())) {
            throw ApiException.invalid("superviseUntil", "must not be in the past");
        }
        e.status = EscalationStatus.ACTIVE;
        e.confirmedBy = caller.accountId();
        e.confirmedAt = calendar.now();
        e.reason = decision.reason().strip();
        e.superviseUntil = decision.superviseUntil();
        p.escalatedAt = e.confirmedAt;
        ledger.append(p, e.measureId, caller, LedgerKind.ESCALATED, Changes.of().value("escalationId", e.id)
                .value("rule", e.rule).value("superviseUntil", e.superviseUntil), e.reason);
        escalations.flush();
        return EscalationView.from(e);
    }

    private Problem lockAndRefresh(Caller caller, Escalation e, String ifMatch) {
        Problem p = problems.lockVisible(caller, e.problemId);
        escalations.getEntityManager().refresh(e);
        Etags.checkMatch(ifMatch, Etags.of(e.version));
        return p;
    }

    private static void requireStatus(Escalation e, EscalationStatus expected) {
        if (e.status != expected) {
            throw ApiException.transition("the escalation is " + e.status + ", not " + expected)
                    .with("escalationStatus", e.status.name());
        }
    }

    Escalation visible(Caller caller, long id) {
        return escalations.findByIdOptional(id).filter(e -> caller.canSeeUnit(e.unitId))
                .orElseThrow(() -> ApiException.notFound("escalation " + id));
    }
}
