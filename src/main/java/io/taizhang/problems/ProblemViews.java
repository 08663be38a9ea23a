package io.taizhang.problems;

import io.taizhang.common.http.Etags;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.problems.ProblemDtos.ProblemView;
import io.taizhang.units.UnitDirectory;
import jakarta.enterprise.context.ApplicationScoped;
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
        return of(p, caller, calendar.today());
    }

    public ProblemView of(Problem p, Caller caller, LocalDate today) {
        return new ProblemView(p.id, p.ledgerNumber, p.unitId, units.code(p.unitId), p.campaignId, p.meetingId,
                p.title, p.description, p.category, p.workLine, p.source, p.keyAreaSet(), p.keyAreas.length > 0,
                p.severity, p.responsiblePerson, p.originalDeadline, p.deadline, isOverdue(p, today), p.status,
                p.filedBy, p.createdAt, p.updatedAt, p.closedAt, p.measureCount, p.measuresDone, p.version,
                ProblemLifecycle.allowedActions(ProblemLifecycle.Facts.of(p), caller), null, null);
    }

    public static String etag(Problem p) {
        return Etags.of(p.version);
    }

    static boolean isOverdue(Problem p, LocalDate today) {
        return p.status != ProblemStatus.CLOSED && p.deadline.isBefore(today);
    }
}
