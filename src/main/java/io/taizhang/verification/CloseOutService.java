package io.taizhang.verification;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.http.Etags;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.measures.MeasureRepository;
import io.taizhang.measures.MeasureStatus;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemAction;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemRepository;
import io.taizhang.problems.ProblemService;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.problems.ProblemViews;
import io.taizhang.problems.SeparationOfDuties;
import io.taizhang.supervision.lights.LightKeeper;
import io.taizhang.supervision.lookback.LookBackScheduler;
import io.taizhang.verification.VerificationDtos.Answers;
import io.taizhang.verification.VerificationDtos.Missing;
import io.taizhang.verification.VerificationDtos.VerificationRequest;
import io.taizhang.verification.VerificationDtos.VerificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 对账销号: the unit asks for close-out, an inspector checks the outcome against the five
 * questions and closes the problem or returns it; a closed problem is reopened only on look-back.
 */
@ApplicationScoped
public class CloseOutService {

    private final ProblemService problems;
    private final ProblemRepository problemRows;
    private final MeasureRepository measures;
    private final VerificationRepository verifications;
    private final LedgerWriter ledger;
    private final BusinessCalendar calendar;
    private final ProblemViews views;
    private final LightKeeper lights;
    private final SeparationOfDuties duties;
    private final LookBackScheduler lookBacks;

    public CloseOutService(ProblemService problems, ProblemRepository problemRows, MeasureRepository measures,
            VerificationRepository verifications, LedgerWriter ledger, BusinessCalendar calendar, ProblemViews views,
            LightKeeper lights, SeparationOfDuties duties, LookBackScheduler lookBacks) {
        this.problems = problems;
        this.problemRows = problemRows;
        this.measures = measures;
        this.verifications = verifications;
        this.ledger = ledger;
        this.calendar = calendar;
        this.views = views;
        this.lights = lights;
        this.duties = duties;
        this.lookBacks = lookBacks;
    }

    /** A liaison's close-out request is a request, not a close-out; refused with the list of what is missing. */
    @Transactional
    public Problem requestCloseOut(Caller caller, long problemId, String ifMatch, String note) {
        Problem p = problems.lockVisible(caller, problemId);
        Etags.checkMatch(ifMatch, views.etag(p));
        try {
            ProblemLifecycle.require(ProblemAction.REQUEST_CLOSE_OUT, ProblemLifecycle.Facts.of(p), caller);
        } catch (ApiException e) {
            if (e.type() == ErrorType.CLOSE_OUT_INCOMPLETE) {
                e.with("missing", missing(p));
            }
            throw e;
        }
        p.status = ProblemStatus.CLOSE_OUT_REQUESTED;
        ledger.append(p, null, caller, LedgerKind.CLOSE_OUT_REQUESTED,
                Changes.of().field("status", ProblemStatus.IN_RECTIFICATION, p.status), note);
        lights.refresh(p, caller);
        problemRows.flush();
        return p;
    }

    @Transactional
    public VerificationView verify(Caller caller, long problemId, String ifMatch, VerificationRequest request) {
        Problem p = problems.lockVisible(caller, problemId);
        Etags.checkMatch(ifMatch, views.etag(p));
        ProblemLifecycle.require(ProblemAction.VERIFY, ProblemLifecycle.Facts.of(p), caller);
        duties.requireUninvolved(p, caller, "verify or close it");
        Answers answers = request.answers();
        String returnReason = request.returnReason() == null || request.returnReason().isBlank()
                ? null : request.returnReason().strip();
        if (answers.allYes() && returnReason != null) {
            throw ApiException.invalid("returnReason", "only a verification with an answer other than YES returns the problem");
        }
        if (!answers.allYes() && returnReason == null) {
            throw ApiException.invalid("returnReason", "required: not every answer is YES, so the problem goes back to the unit");
        }
        Verification v = new Verification();
        v.problemId = p.id;
        v.inspectorId = caller.accountId();
        v.problemSolved = answers.problemSolved().verdict();
        v.problemSolvedNote = answers.problemSolved().note().strip();
        v.situationChanged = answers.situationChanged().verdict();
        v.situationChangedNote = answers.situationChanged().note().strip();
        v.capabilityImproved = answers.capabilityImproved().verdict();
        v.capabilityImprovedNote = answers.capabilityImproved().note().strip();
        v.mechanismImproved = answers.mechanismImproved().verdict();
        v.mechanismImprovedNote = answers.mechanismImproved().note().strip();
        v.peopleSatisfied = answers.peopleSatisfied().verdict();
        v.peopleSatisfiedNote = answers.peopleSatisfied().note().strip();
        v.outcome = answers.allYes() ? VerificationOutcome.CLOSED : VerificationOutcome.RETURNED;
        v.returnReason = returnReason;
        v.verifiedAt = calendar.now();
        verifications.persist(v);
        ProblemStatus before = p.status;
        p.status = v.outcome == VerificationOutcome.CLOSED ? ProblemStatus.CLOSED : ProblemStatus.IN_RECTIFICATION;
        p.closedAt = v.outcome == VerificationOutcome.CLOSED ? v.verifiedAt : null;
        VerificationView view = VerificationView.from(v);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", v.id);
        record.put("outcome", v.outcome);
        record.put("answers", answerMap(view));
        Changes changes = Changes.of().value("verification", record).field("status", before, p.status);
        if (v.outcome == VerificationOutcome.CLOSED) {
            changes.value("lookBackDueOn", lookBacks.schedule(p, v.id));
        }
        ledger.append(p, null, caller, LedgerKind.VERIFICATION_RECORDED, changes, returnReason);
        lights.refresh(p, caller);
        problemRows.flush();
        return view;
    }

    /**
     * Reopens a closed problem the look-back found relapsed (the caller holds the lock and has
     * checked the action); {@code lookBack} links the reopening to the closure it undoes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(Problem p, Caller caller, Map<String, Object> lookBack, String reason) {
        Instant closedAt = p.closedAt;
        p.status = ProblemStatus.IN_RECTIFICATION;
        p.closedAt = null;
        ledger.append(p, null, caller, LedgerKind.PROBLEM_REOPENED, Changes.of()
                .field("status", ProblemStatus.CLOSED, p.status).field("closedAt", closedAt, null)
                .value("lookBack", lookBack), reason);
        lights.refresh(p, caller);
        problemRows.flush();
    }

    public List<VerificationView> ofProblem(Caller caller, long problemId) {
        problems.get(caller, problemId);
        return verifications.ofProblem(problemId).stream().map(VerificationView::from).toList();
    }

    private List<Missing> missing(Problem p) {
        List<Missing> missing = new ArrayList<>();
        measures.ofProblem(p.id).stream().filter(m -> m.status != MeasureStatus.DONE)
                .forEach(m -> missing.add(new Missing(m.id, m.title, m.status.name(), "NOT_DONE")));
        if (p.measureCount == 0) {
            missing.add(new Missing(null, null, null, "NO_MEASURES"));
        }
        return missing;
    }

    private static Map<String, Object> answerMap(VerificationView view) {
        Map<String, Object> answers = new LinkedHashMap<>();
        String[] names = {"problemSolved", "situationChanged", "capabilityImproved", "mechanismImproved",
            "peopleSatisfied"};
        for (int i = 0; i < names.length; i++) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("verdict", view.list().get(i).verdict());
            answer.put("note", view.list().get(i).note());
            answers.put(names[i], answer);
        }
        return answers;
    }
}
