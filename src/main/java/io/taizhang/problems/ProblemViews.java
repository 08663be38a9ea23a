package io.taizhang.problems;

import io.taizhang.common.http.Etags;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.problems.ProblemDtos.ProblemView;
import io.taizhang.supervision.lights.LightRules;
import io.taizhang.supervision.lights.Thresholds;
import io.taizhang.units.UnitDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;

/** Builds the caller-specific view of a problem: derived flags and the actions allowed to this caller. */
@ApplicationScoped
public class ProblemViews {

    private final BusinessCalendar calendar;
    private final UnitDirectory units;

    public ProblemViews(BusinessCalendar calendar, UnitDirectory units) {
        this.calendar = calendar;
        this.units = units;
    }

    public ProblemView of(Problem p, Caller caller) {
        return of(p, caller, calendar.now());
    }

    /** The view at {@code now}: a list passes the instant its filter used, so rows and filter agree. */
    public ProblemView of(Problem p, Caller caller, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        return new ProblemView(p.id, p.ledgerNumber, p.unitId, units.code(p.unitId), p.campaignId, p.meetingId,
                p.title, p.description, p.category, p.workLine, p.source, p.keyAreaSet(), p.keyAreas.length > 0,
                p.severity, p.responsiblePerson, p.originalDeadline, p.deadline, isOverdue(p, p.deadline, today),
                isOverdue(p, p.originalDeadline, today), Thresholds.lightAt(Thresholds.of(p.lightYellowAt, p.lightRedAt), now),
                p.lightYellowAt, p.lightRedAt, p.escalatedAt != null, p.revisionCycles, p.status,
                p.filedBy, p.createdAt, p.updatedAt, p.closedAt, p.measureCount, p.measuresDone, p.version,
                ProblemLifecycle.allowedActions(ProblemLifecycle.Facts.of(p), caller), null, null);
    }

    /** The version, and which of the instants that change the representation (light, overdue) have passed. */
    public String etag(Problem p) {
        return Etags.of(p.version, calendar.now(), p.lightYellowAt, p.lightRedAt,
                LightRules.endOfDay(p.deadline, calendar.zone()), LightRules.endOfDay(p.originalDeadline, calendar.zone()));
    }

    static boolean isOverdue(Problem p, LocalDate deadline, LocalDate today) {
        return p.status != ProblemStatus.CLOSED && deadline.isBefore(today);
    }
}
