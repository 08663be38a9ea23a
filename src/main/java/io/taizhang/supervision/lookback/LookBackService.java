package io.taizhang.supervision.lookback;

import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.http.IdCursor;
import io.taizhang.common.http.Page;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.supervision.UnitScope;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemAction;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemService;
import io.taizhang.problems.ProblemViews;
import io.taizhang.problems.SeparationOfDuties;
import io.taizhang.supervision.lookback.LookBackDtos.LookBackRecord;
import io.taizhang.supervision.lookback.LookBackDtos.LookBackView;
import io.taizhang.verification.CloseOutService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recording look-backs (回头看). CONSOLIDATED ends the closure's look-back once the consolidation
 * period is over; RELAPSED, at any time, reopens the problem, linked to the closure it undoes.
 */
@ApplicationScoped
public class LookBackService {

    static final String LIST = "look-backs";

    private final LookBackRepository lookBacks;
    private final ProblemService problems;
    private final ProblemViews views;
    private final CloseOutService closeOut;
    private final SeparationOfDuties duties;
    private final LedgerWriter ledger;
    private final BusinessCalendar calendar;
    private final int graceDays;

    public LookBackService(LookBackRepository lookBacks, ProblemService problems, ProblemViews views,
            CloseOutService closeOut, SeparationOfDuties duties, LedgerWriter ledger, BusinessCalendar calendar,
            TaizhangConfig config) {
        this.lookBacks = lookBacks;
        this.problems = problems;
        this.views = views;
        this.closeOut = closeOut;
        this.duties = duties;
        this.ledger = ledger;
        this.calendar = calendar;
        this.graceDays = config.supervision().lookBack().graceDays();
    }

    @Transactional
    public LookBackView record(Caller caller, long lookBackId, String ifMatch, LookBackRecord request) {
        LookBack l = visible(caller, lookBackId);
        Problem p = problems.lockVisible(caller, l.problemId);
        lookBacks.getEntityManager().refresh(l);
        Etags.checkMatch(ifMatch, Etags.of(l.version));
        ProblemLifecycle.require(ProblemAction.REOPEN, ProblemLifecycle.Facts.of(p), caller);
        if (l.status != LookBack.Status.PENDING) {
            throw ApiException.transition("this look-back was already recorded as " + l.status)
                    .with("lookBackStatus", l.status.name());
        }
        if (request.outcome() == LookBackOutcome.RELAPSED) {
            relapse(p, l, caller, request.finding().strip());
        } else {
            consolidate(p, l, caller, request.finding().strip());
        }
        lookBacks.flush();
        return view(l);
    }

    /** The look-back reopening of POST /problems/{id}/reopen: the pending look-back is recorded as RELAPSED. */
    @Transactional
    public Problem relapse(Caller caller, long problemId, String ifMatch, String reason) {
        Problem p = problems.lockVisible(caller, problemId);
        Etags.checkMatch(ifMatch, views.etag(p));
        ProblemLifecycle.require(ProblemAction.REOPEN, ProblemLifecycle.Facts.of(p), caller);
        LookBack l = lookBacks.pendingOf(p.id).orElseGet(() -> unscheduled(p));
        relapse(p, l, caller, reason.strip());
        return p;
    }

    public LookBackView get(Caller caller, long lookBackId) {
        return view(visible(caller, lookBackId));
    }

    public List<LookBackView> ofProblem(Caller caller, long problemId) {
        problems.get(caller, problemId);
        return lookBacks.ofProblem(problemId).stream().map(this::view).toList();
    }

    public Page<LookBackView> list(Caller caller, Long unitId, LookBackState state, String cursor, int limit) {
        UnitScope scope = UnitScope.of(caller, unitId);
        if (scope.nothing()) {
            return new Page<>(List.of(), null);
        }
        List<LookBack> rows = lookBacks.search(scope.unitId(), state, calendar.today(), graceDays,
                IdCursor.after(cursor, LIST), limit);
        return Page.of(rows, limit, l -> IdCursor.of(LIST, l.id)).map(this::view);
    }

    private void consolidate(Problem p, LookBack l, Caller caller, String finding) {
        LocalDate today = calendar.today();
        if (today.isBefore(l.dueOn)) {
            throw ApiException.transition("the consolidation period runs until " + l.dueOn
                    + "; a look-back can confirm consolidation only from then (a relapse can be recorded at any time)")
                    .with("dueOn", l.dueOn.toString());
        }
        duties.requireUninvolved(p, caller, "confirm its look-back");
        mark(l, LookBack.Status.CONSOLIDATED, caller, finding);
        ledger.append(p, null, caller, LedgerKind.LOOK_BACK_RECORDED, Changes.of().value("lookBack", linkOf(l)), finding);
    }

    private void relapse(Problem p, LookBack l, Caller caller, String finding) {
        mark(l, LookBack.Status.RELAPSED, caller, finding);
        closeOut.reopen(p, caller, linkOf(l), finding);
    }

    private void mark(LookBack l, LookBack.Status outcome, Caller caller, String finding) {
        l.status = outcome;
        l.recordedBy = caller.accountId();
        l.recordedAt = calendar.now();
        l.finding = finding;
    }

    /** A problem closed before look-backs were scheduled, or reopened again: record the look-back now. */
    private LookBack unscheduled(Problem p) {
        LookBack l = new LookBack();
        l.problemId = p.id;
        l.unitId = p.unitId;
        l.closedAt = p.closedAt;
        l.dueOn = calendar.today();
        l.status = LookBack.Status.PENDING;
        lookBacks.persist(l);
        return l;
    }

    private static Map<String, Object> linkOf(LookBack l) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", l.id);
        link.put("outcome", l.status);
        link.put("closedAt", l.closedAt);
        link.put("verificationId", l.verificationId);
        link.put("dueOn", l.dueOn);
        return link;
    }

    private LookBack visible(Caller caller, long id) {
        return lookBacks.findByIdOptional(id).filter(l -> caller.canSeeUnit(l.unitId))
                .orElseThrow(() -> ApiException.notFound("look-back " + id));
    }

    private LookBackView view(LookBack l) {
        return LookBackView.of(l, calendar.today(), graceDays);
    }
}
