package io.taizhang.supervision.revision;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerEntry;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerRepository;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemAction;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemService;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.problems.ProblemViews;
import io.taizhang.supervision.revision.RevisionDtos.RevisionReturn;
import io.taizhang.supervision.revision.RevisionDtos.RevisionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Return for revision (退回重新查摆): before rectification starts, an inspector sends a vague or
 * self-congratulating problem back; the unit revises it (PATCH) and resubmits. Each round trip is
 * a numbered cycle, and a resubmission without an edit since the return is refused.
 */
@ApplicationScoped
public class RevisionService {

    private final RevisionRepository cycles;
    private final ProblemService problems;
    private final ProblemViews views;
    private final LedgerWriter ledger;
    private final LedgerRepository ledgerEntries;
    private final BusinessCalendar calendar;

    public RevisionService(RevisionRepository cycles, ProblemService problems, ProblemViews views, LedgerWriter ledger,
            LedgerRepository ledgerEntries, BusinessCalendar calendar) {
        this.cycles = cycles;
        this.problems = problems;
        this.views = views;
        this.ledger = ledger;
        this.ledgerEntries = ledgerEntries;
        this.calendar = calendar;
    }

    @Transactional
    public RevisionView returnForRevision(Caller caller, long problemId, String ifMatch, RevisionReturn request) {
        Problem p = problems.lockVisible(caller, problemId);
        Etags.checkMatch(ifMatch, views.etag(p));
        ProblemLifecycle.require(ProblemAction.RETURN_FOR_REVISION, ProblemLifecycle.Facts.of(p), caller);
        p.status = ProblemStatus.RETURNED_FOR_REVISION;
        p.revisionCycles++;
        String reason = request.reason().strip();
        LedgerEntry entry = ledger.append(p, null, caller, LedgerKind.RETURNED_FOR_REVISION, Changes.of()
                .field("status", ProblemStatus.REGISTERED, p.status).value("cycle", p.revisionCycles)
                .value("reasonCategory", request.reasonCategory()), reason);
        RevisionCycle r = new RevisionCycle();
        r.problemId = p.id;
        r.unitId = p.unitId;
        r.cycle = p.revisionCycles;
        r.reasonCategory = request.reasonCategory();
        r.reason = reason;
        r.returnedBy = caller.accountId();
        r.returnedAt = calendar.now();
        r.returnedSeq = entry.seq;
        cycles.persistAndFlush(r);
        return RevisionView.from(r);
    }

    @Transactional
    public RevisionView resubmit(Caller caller, long problemId, String ifMatch, String note) {
        Problem p = problems.lockVisible(caller, problemId);
        Etags.checkMatch(ifMatch, views.etag(p));
        ProblemLifecycle.require(ProblemAction.RESUBMIT, ProblemLifecycle.Facts.of(p), caller);
        RevisionCycle r = cycles.cycle(p.id, p.revisionCycles);
        boolean revised = ledgerEntries.count("problemId = ?1 and seq > ?2 and kind = ?3", p.id, r.returnedSeq,
                LedgerKind.PROBLEM_UPDATED.name()) > 0;
        if (!revised) {
            throw ApiException.transition("revise the problem (PATCH /api/v1/problems/" + p.id
                    + ") before resubmitting it").with("missing", "REVISION");
        }
        p.status = ProblemStatus.REGISTERED;
        r.resubmittedBy = caller.accountId();
        r.resubmittedAt = calendar.now();
        r.resubmitNote = note == null || note.isBlank() ? null : note.strip();
        ledger.append(p, null, caller, LedgerKind.RESUBMITTED, Changes.of()
                .field("status", ProblemStatus.RETURNED_FOR_REVISION, p.status).value("cycle", r.cycle), r.resubmitNote);
        cycles.flush();
        return RevisionView.from(r);
    }

    public List<RevisionView> ofProblem(Caller caller, long problemId) {
        problems.get(caller, problemId);
        return cycles.ofProblem(problemId).stream().map(RevisionView::from).toList();
    }
}
