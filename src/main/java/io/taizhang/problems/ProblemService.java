package io.taizhang.problems;

import io.taizhang.campaigns.CampaignService;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerEntry;
import io.taizhang.ledger.LedgerHasher;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.problems.ProblemDtos.ProblemCreate;
import io.taizhang.problems.ProblemDtos.ProblemUpdate;
import io.taizhang.supervision.lights.LightKeeper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Filing, editing and reading problems. Every change is a ledger entry in the same transaction. */
@ApplicationScoped
public class ProblemService {

    private final ProblemRepository problems;
    private final CampaignService campaigns;
    private final LedgerNumbers ledgerNumbers;
    private final LedgerWriter ledger;
    private final ProblemViews views;
    private final BusinessCalendar calendar;
    private final LightKeeper lights;
    private final FilingStatements inserts;

    public ProblemService(ProblemRepository problems, CampaignService campaigns,
            LedgerNumbers ledgerNumbers, LedgerWriter ledger, ProblemViews views, BusinessCalendar calendar,
            LightKeeper lights, FilingStatements inserts) {
        this.problems = problems;
        this.campaigns = campaigns;
        this.ledgerNumbers = ledgerNumbers;
        this.ledger = ledger;
        this.views = views;
        this.calendar = calendar;
        this.lights = lights;
        this.inserts = inserts;
    }

    @Transactional
    public Problem file(Caller caller, ProblemCreate request) {
        long unitId = filingUnit(caller, request.unitId());
        FilingStatements.Refs refs = inserts.refs(unitId, request.campaignId());
        if (refs.activeUnitCode() == null) {
            throw ApiException.invalid("unitId", "no active unit with this id");
        }
        if (!refs.campaignExists()) {
            throw ApiException.notFound("campaign " + request.campaignId());
        }
        if (request.meetingId() != null) {
            campaigns.meetingOf(request.campaignId(), request.meetingId());
        }
        LocalDate today = calendar.today();
        if (request.deadline().isBefore(today)) {
            throw ApiException.invalid("deadline", "must not be in the past");
        }
        Instant now = calendar.now();
        Problem p = new Problem();
        p.ledgerNumber = ledgerNumbers.next(unitId, refs.activeUnitCode(), today.getYear());
        p.unitId = unitId;
        p.campaignId = request.campaignId();
        p.meetingId = request.meetingId();
        p.title = request.title().strip();
        p.description = request.description().strip();
        p.category = request.category();
        p.workLine = request.workLine();
        p.source = request.source();
        p.keyAreaSet(request.keyAreas() == null ? Set.of() : request.keyAreas());
        p.severity = request.severity();
        p.responsiblePerson = request.responsiblePerson().strip();
        p.originalDeadline = request.deadline();
        p.deadline = request.deadline();
        p.status = ProblemStatus.REGISTERED;
        p.filedBy = caller.accountId();
        p.createdAt = now;
        p.updatedAt = now;
        p.ledgerHead = LedgerHasher.GENESIS;
        // the first representation has always been version 1 (the row used to be inserted, then updated)
        p.version = 1;
        inserts.assignId(p);
        Changes filed = Changes.of()
                .value("ledgerNumber", p.ledgerNumber).value("unitId", p.unitId).value("campaignId", p.campaignId)
                .value("meetingId", p.meetingId).value("title", p.title).value("description", p.description)
                .value("category", p.category).value("workLine", p.workLine).value("source", p.source)
                .value("keyAreas", p.keyAreaSet()).value("severity", p.severity)
                .value("responsiblePerson", p.responsiblePerson).value("deadline", p.deadline)
                .value("status", p.status);
        LedgerEntry entry = ledger.next(p, null, caller, LedgerKind.PROBLEM_FILED, filed, null);
        p.createdAt = p.updatedAt;
        lights.refresh(p, List.of(), caller);
        inserts.insert(p, entry);
        ledger.stored(entry);
        return p;
    }

    @Transactional
    public Problem update(Caller caller, long id, String ifMatch, ProblemUpdate request) {
        Problem p = lockVisible(caller, id);
        Etags.requireMatch(ifMatch, views.etag(p));
        ProblemLifecycle.require(ProblemAction.UPDATE, ProblemLifecycle.Facts.of(p), caller);
        if (request.meetingId() != null) {
            campaigns.meetingOf(p.campaignId, request.meetingId());
        }
        Changes changes = Changes.of()
                .field("meetingId", p.meetingId, or(request.meetingId(), p.meetingId))
                .field("title", p.title, or(strip(request.title()), p.title))
                .field("description", p.description, or(strip(request.description()), p.description))
                .field("category", p.category, or(request.category(), p.category))
                .field("workLine", p.workLine, or(request.workLine(), p.workLine))
                .field("source", p.source, or(request.source(), p.source))
                .field("keyAreas", p.keyAreaSet(), request.keyAreas() == null ? p.keyAreaSet() : keyAreas(request.keyAreas()))
                .field("severity", p.severity, or(request.severity(), p.severity))
                .field("responsiblePerson", p.responsiblePerson,
                        or(strip(request.responsiblePerson()), p.responsiblePerson));
        if (changes.isEmpty()) {
            return p;
        }
        p.meetingId = or(request.meetingId(), p.meetingId);
        p.title = or(strip(request.title()), p.title);
        p.description = or(strip(request.description()), p.description);
        p.category = or(request.category(), p.category);
        p.workLine = or(request.workLine(), p.workLine);
        p.source = or(request.source(), p.source);
        if (request.keyAreas() != null) {
            p.keyAreaSet(request.keyAreas());
        }
        p.severity = or(request.severity(), p.severity);
        p.responsiblePerson = or(strip(request.responsiblePerson()), p.responsiblePerson);
        ledger.append(p, null, caller, LedgerKind.PROBLEM_UPDATED, changes, strip(request.reason()));
        problems.flush();
        return p;
    }

    public Problem get(Caller caller, long id) {
        return problems.findByIdOptional(id).filter(p -> caller.canSeeUnit(p.unitId))
                .orElseThrow(() -> ApiException.notFound("problem " + id));
    }

    /**
     * The problem, locked for a write, if the caller can see it; otherwise 404 like a missing one.
     * Light changes the clock has brought about since they were last observed are recorded first,
     * so the ledger tells them before the write.
     */
    public Problem lockVisible(Caller caller, long id) {
        Problem p = problems.lock(id).filter(x -> caller.canSeeUnit(x.unitId))
                .orElseThrow(() -> ApiException.notFound("problem " + id));
        lights.catchUp(p);
        return p;
    }

    private static long filingUnit(Caller caller, Long requested) {
        if (caller.is(Role.LIAISON)) {
            if (requested != null && !requested.equals(caller.unitId())) {
                throw ApiException.forbidden("a liaison files problems for its own unit only");
            }
            return caller.unitId();
        }
        if (requested == null) {
            throw ApiException.invalid("unitId", "an inspector must say which unit the problem belongs to");
        }
        return requested;
    }

    private static Set<KeyArea> keyAreas(Set<KeyArea> areas) {
        return areas.isEmpty() ? EnumSet.noneOf(KeyArea.class) : EnumSet.copyOf(areas);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
