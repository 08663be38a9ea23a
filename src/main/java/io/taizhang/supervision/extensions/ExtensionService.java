package io.taizhang.supervision.extensions;

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
import io.taizhang.measures.Measure;
import io.taizhang.measures.MeasureRepository;
import io.taizhang.measures.MeasureStatus;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemAction;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemService;
import io.taizhang.problems.SeparationOfDuties;
import io.taizhang.supervision.extensions.ExtensionDtos.ExtensionCreate;
import io.taizhang.supervision.extensions.ExtensionDtos.ExtensionView;
import io.taizhang.supervision.lights.LightKeeper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Deadlines that cannot silently move: the only way to change a current deadline is an extension
 * request decided by an inspector who neither filed nor rectified the problem. The original
 * deadline never changes; every request and decision is on the problem's ledger.
 */
@ApplicationScoped
public class ExtensionService {

    static final String LIST = "extension-requests";

    private final ExtensionRepository requests;
    private final ProblemService problems;
    private final MeasureRepository measures;
    private final SeparationOfDuties duties;
    private final LedgerWriter ledger;
    private final LightKeeper lights;
    private final BusinessCalendar calendar;

    public ExtensionService(ExtensionRepository requests, ProblemService problems, MeasureRepository measures,
            SeparationOfDuties duties, LedgerWriter ledger, LightKeeper lights, BusinessCalendar calendar) {
        this.requests = requests;
        this.problems = problems;
        this.measures = measures;
        this.duties = duties;
        this.ledger = ledger;
        this.lights = lights;
        this.calendar = calendar;
    }

    @Transactional
    public ExtensionView request(Caller caller, long problemId, ExtensionCreate create) {
        Problem p = problems.lockVisible(caller, problemId);
        ProblemLifecycle.require(ProblemAction.REQUEST_EXTENSION, ProblemLifecycle.Facts.of(p), caller);
        LocalDate current = p.deadline;
        if (create.measureId() != null) {
            Measure m = measureOf(p, create.measureId());
            if (create.requestedDeadline().isAfter(p.deadline)) {
                throw ApiException.invalid("requestedDeadline", "must not be after the problem's deadline " + p.deadline
                        + "; extend the problem's deadline first");
            }
            current = m.deadline;
        }
        if (!create.requestedDeadline().isAfter(current)) {
            throw ApiException.invalid("requestedDeadline", "must be after the current deadline " + current);
        }
        requests.pendingFor(p.id, create.measureId()).ifPresent(pending -> {
            throw ApiException.conflict("an extension request for this deadline is already awaiting a decision")
                    .with("pendingRequestId", pending.id);
        });
        ExtensionRequest e = new ExtensionRequest();
        e.problemId = p.id;
        e.measureId = create.measureId();
        e.unitId = p.unitId;
        e.deadlineBefore = current;
        e.requestedDeadline = create.requestedDeadline();
        e.reason = create.reason().strip();
        e.status = ExtensionStatus.PENDING;
        e.requestedBy = caller.accountId();
        e.requestedAt = calendar.now();
        requests.persist(e);
        ledger.append(p, e.measureId, caller, LedgerKind.EXTENSION_REQUESTED, Changes.of()
                .value("extensionRequestId", e.id).value("deadline", current)
                .value("requestedDeadline", e.requestedDeadline), e.reason);
        requests.flush();
        return ExtensionView.from(e);
    }

    @Transactional
    public ExtensionView decide(Caller caller, long requestId, String ifMatch, boolean approve, String note) {
        ExtensionRequest e = visible(caller, requestId);
        Problem p = problems.lockVisible(caller, e.problemId);
        requests.getEntityManager().refresh(e);
        Etags.checkMatch(ifMatch, Etags.of(e.version));
        if (e.status != ExtensionStatus.PENDING) {
            throw ApiException.transition("this extension request was already " + e.status)
                    .with("extensionStatus", e.status.name());
        }
        duties.requireUninvolved(p, caller, "decide its extension requests");
        e.status = approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED;
        e.decidedBy = caller.accountId();
        e.decidedAt = calendar.now();
        e.decisionNote = note == null || note.isBlank() ? null : note.strip();
        Changes changes = Changes.of().value("extensionRequestId", e.id);
        if (approve) {
            if (!ProblemLifecycle.hasOpenWork(p.status)) {
                throw ApiException.transition("the problem is " + p.status + "; its deadlines no longer run")
                        .with("problemStatus", p.status.name());
            }
            LocalDate before = move(p, e);
            changes.field("deadline", before, e.requestedDeadline);
        }
        ledger.append(p, e.measureId, caller, approve ? LedgerKind.EXTENSION_APPROVED : LedgerKind.EXTENSION_REJECTED,
                changes, e.decisionNote);
        if (approve) {
            lights.refresh(p, caller);
        }
        requests.flush();
        return ExtensionView.from(e);
    }

    public ExtensionView get(Caller caller, long requestId) {
        return ExtensionView.from(visible(caller, requestId));
    }

    public List<ExtensionView> ofProblem(Caller caller, long problemId) {
        problems.get(caller, problemId);
        return requests.ofProblem(problemId).stream().map(ExtensionView::from).toList();
    }

    public Page<ExtensionView> list(Caller caller, Long unitId, ExtensionStatus status, String cursor, int limit) {
        UnitScope scope = UnitScope.of(caller, unitId);
        if (scope.nothing()) {
            return new Page<>(List.of(), null);
        }
        List<ExtensionRequest> rows = requests.search(scope.unitId(), status, IdCursor.after(cursor, LIST),
                limit);
        return Page.of(rows, limit, e -> IdCursor.of(LIST, e.id)).map(ExtensionView::from);
    }

    /** Moves the current deadline of the request's target; returns the deadline it replaces. */
    private LocalDate move(Problem p, ExtensionRequest e) {
        if (e.measureId == null) {
            LocalDate before = p.deadline;
            p.deadline = e.requestedDeadline;
            return before;
        }
        Measure m = measureOf(p, e.measureId);
        LocalDate before = m.deadline;
        m.deadline = e.requestedDeadline;
        m.updatedAt = calendar.now();
        return before;
    }

    private Measure measureOf(Problem p, long measureId) {
        Measure m = measures.findByIdOptional(measureId).filter(x -> x.problemId.equals(p.id))
                .orElseThrow(() -> ApiException.invalid("measureId", "is not a measure of this problem"));
        if (m.status == MeasureStatus.DONE) {
            throw ApiException.transition("the measure is DONE; its deadline no longer runs")
                    .with("measureStatus", m.status.name());
        }
        return m;
    }

    private ExtensionRequest visible(Caller caller, long id) {
        return requests.findByIdOptional(id).filter(e -> caller.canSeeUnit(e.unitId))
                .orElseThrow(() -> ApiException.notFound("extension request " + id));
    }
}
