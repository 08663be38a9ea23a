package io.taizhang.measures;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerRepository;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.measures.MeasureDtos.MeasureCreate;
import io.taizhang.measures.MeasureDtos.MeasureUpdate;
import io.taizhang.measures.MeasureDtos.ProgressReport;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemAction;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemService;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.supervision.lights.LightKeeper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Measures and their progress ("project-style advancement"). Every write locks the problem row
 * first: it carries the ledger chain and the measure counts, and it serialises writers of the
 * same problem while leaving other problems alone.
 */
@ApplicationScoped
public class MeasureService {

    public static final int MAX_PER_PROBLEM = 50;

    private final MeasureRepository measures;
    private final ProblemService problems;
    private final LedgerWriter ledger;
    private final LedgerRepository ledgerEntries;
    private final MeasureViews views;
    private final BusinessCalendar calendar;
    private final LightKeeper lights;

    public MeasureService(MeasureRepository measures, ProblemService problems, LedgerWriter ledger,
            LedgerRepository ledgerEntries, MeasureViews views, BusinessCalendar calendar, LightKeeper lights) {
        this.measures = measures;
        this.problems = problems;
        this.ledger = ledger;
        this.ledgerEntries = ledgerEntries;
        this.views = views;
        this.calendar = calendar;
        this.lights = lights;
    }

    /** A measure and the problem it belongs to, as they stand after a write. */
    public record Written(Measure measure, Problem problem) {
    }

    @Transactional
    public Written add(Caller caller, long problemId, MeasureCreate request) {
        Problem p = problems.lockVisible(caller, problemId);
        ProblemLifecycle.require(ProblemAction.ADD_MEASURE, ProblemLifecycle.Facts.of(p), caller);
        if (p.measureCount >= MAX_PER_PROBLEM) {
            throw ApiException.conflict("a problem has at most " + MAX_PER_PROBLEM + " measures");
        }
        LocalDate today = calendar.today();
        if (request.deadline().isBefore(today)) {
            throw ApiException.invalid("deadline", "must not be in the past");
        }
        if (request.deadline().isAfter(p.deadline)) {
            throw ApiException.invalid("deadline", "must not be after the problem's deadline " + p.deadline);
        }
        Instant now = calendar.now();
        Measure m = new Measure();
        m.problemId = p.id;
        m.unitId = p.unitId;
        m.title = request.title().strip();
        m.description = request.description().strip();
        m.owner = request.owner().strip();
        m.originalDeadline = request.deadline();
        m.deadline = request.deadline();
        m.status = MeasureStatus.PLANNED;
        m.createdBy = caller.accountId();
        m.createdAt = now;
        m.updatedAt = now;
        measures.persist(m);
        p.measureCount++;
        ledger.append(p, m.id, caller, LedgerKind.MEASURE_ADDED, Changes.of()
                .value("title", m.title).value("description", m.description).value("owner", m.owner)
                .value("deadline", m.deadline).value("status", m.status), null);
        return relit(new Written(m, p), caller);
    }

    @Transactional
    public Written update(Caller caller, long measureId, String ifMatch, MeasureUpdate request) {
        Written w = begin(caller, measureId, ifMatch, true, MeasureAction.UPDATE);
        Measure m = w.measure();
        String title = request.title() == null ? m.title : request.title().strip();
        String description = request.description() == null ? m.description : request.description().strip();
        String owner = request.owner() == null ? m.owner : request.owner().strip();
        Changes changes = Changes.of().field("title", m.title, title).field("description", m.description, description)
                .field("owner", m.owner, owner);
        if (!changes.isEmpty()) {
            m.title = title;
            m.description = description;
            m.owner = owner;
            touch(m);
            ledger.append(w.problem(), m.id, caller, LedgerKind.MEASURE_UPDATED, changes, null);
        }
        return flushed(w);
    }

    @Transactional
    public Written start(Caller caller, long measureId, String ifMatch) {
        Written w = begin(caller, measureId, ifMatch, false, MeasureAction.START);
        Measure m = w.measure();
        m.status = MeasureStatus.IN_PROGRESS;
        m.startedAt = touch(m);
        ledger.append(w.problem(), m.id, caller, LedgerKind.MEASURE_STARTED,
                Changes.of().field("status", MeasureStatus.PLANNED, m.status), null);
        Problem p = w.problem();
        if (p.status == ProblemStatus.REGISTERED) {
            p.status = ProblemStatus.IN_RECTIFICATION;
            ledger.append(p, null, caller, LedgerKind.STATUS_CHANGED,
                    Changes.of().field("status", ProblemStatus.REGISTERED, p.status), "first measure started");
        }
        return relit(w, caller);
    }

    @Transactional
    public Written reportProgress(Caller caller, long measureId, String ifMatch, ProgressReport report) {
        Written w = begin(caller, measureId, ifMatch, false, MeasureAction.REPORT_PROGRESS);
        Measure m = w.measure();
        int before = m.progressPercent;
        m.progressPercent = report.percent();
        touch(m);
        ledger.append(w.problem(), m.id, caller, LedgerKind.PROGRESS_REPORTED,
                Changes.of().change("progressPercent", before, m.progressPercent),
                report.note().strip());
        return relit(w, caller);
    }

    @Transactional
    public Written complete(Caller caller, long measureId, String ifMatch, String note) {
        Written w = begin(caller, measureId, ifMatch, false, MeasureAction.COMPLETE);
        Measure m = w.measure();
        Changes changes = Changes.of().field("status", m.status, MeasureStatus.DONE)
                .field("progressPercent", m.progressPercent, 100);
        m.status = MeasureStatus.DONE;
        m.progressPercent = 100;
        m.completedAt = touch(m);
        w.problem().measuresDone++;
        ledger.append(w.problem(), m.id, caller, LedgerKind.MEASURE_COMPLETED, changes, note == null ? null : note.strip());
        return relit(w, caller);
    }

    @Transactional
    public Written reopen(Caller caller, long measureId, String ifMatch, String reason) {
        Written w = begin(caller, measureId, ifMatch, false, MeasureAction.REOPEN);
        Measure m = w.measure();
        m.status = MeasureStatus.IN_PROGRESS;
        m.completedAt = null;
        touch(m);
        w.problem().measuresDone--;
        ledger.append(w.problem(), m.id, caller, LedgerKind.MEASURE_REOPENED,
                Changes.of().field("status", MeasureStatus.DONE, m.status), reason.strip());
        return relit(w, caller);
    }

    public Written get(Caller caller, long measureId) {
        Measure m = measures.findByIdOptional(measureId).filter(x -> caller.canSeeUnit(x.unitId))
                .orElseThrow(() -> ApiException.notFound("measure " + measureId));
        return new Written(m, problems.get(caller, m.problemId));
    }

    /** Progress reports are ledger entries; this reads them back for one measure. */
    public List<ProgressView> progressReports(Caller caller, long measureId) {
        get(caller, measureId);
        return ledgerEntries.ofMeasure(measureId, LedgerKind.PROGRESS_REPORTED).stream().map(ProgressView::from).toList();
    }

    public MeasureView view(Written w, Caller caller) {
        return views.of(w.measure(), w.problem().status, caller, calendar.now());
    }

    public String etag(Written w) {
        return views.etag(w.measure());
    }

    /** The common start of every measure write: lock, version check, lifecycle check. */
    private Written begin(Caller caller, long measureId, String ifMatch, boolean ifMatchRequired, MeasureAction action) {
        Written w = lock(caller, measureId);
        String etag = views.etag(w.measure());
        if (ifMatchRequired) {
            Etags.requireMatch(ifMatch, etag);
        } else {
            Etags.checkMatch(ifMatch, etag);
        }
        require(action, w, caller);
        return w;
    }

    /**
     * Locks the measure's problem, then reads the measure as it now stands. An invisible measure
     * answers exactly like a missing one: the problem's id must not leak to another unit.
     */
    public Written lock(Caller caller, long measureId) {
        Long problemId = measures.problemOf(measureId);
        if (problemId == null) {
            throw ApiException.notFound("measure " + measureId);
        }
        Problem p;
        try {
            p = problems.lockVisible(caller, problemId);
        } catch (ApiException invisible) {
            throw ApiException.notFound("measure " + measureId);
        }
        Measure m = measures.findById(measureId);
        return new Written(m, p);
    }

    /** After a change the lights depend on (deadline, progress, status): recompute them, then flush. */
    private Written relit(Written w, Caller caller) {
        lights.refresh(w.problem(), caller);
        return flushed(w);
    }

    /** Flushes so that versions (and so ETags) in the response are the committed ones. */
    private Written flushed(Written w) {
        measures.flush();
        return w;
    }

    private static void require(MeasureAction action, Written w, Caller caller) {
        MeasureLifecycle.require(action, MeasureViews.facts(w.measure(), w.problem().status), caller);
    }

    private Instant touch(Measure m) {
        Instant now = calendar.now();
        m.updatedAt = now;
        return now;
    }
}
