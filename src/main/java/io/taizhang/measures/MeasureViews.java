package io.taizhang.measures;

import io.taizhang.common.http.Etags;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.supervision.lights.LightRules;
import io.taizhang.supervision.lights.Thresholds;
import io.taizhang.supervision.lights.TrafficLight;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;

@ApplicationScoped
public class MeasureViews {

    private final BusinessCalendar calendar;

    public MeasureViews(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public MeasureView of(Measure m, ProblemStatus problemStatus, Caller caller, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        boolean open = m.status != MeasureStatus.DONE;
        TrafficLight light = Thresholds.lightAt(Thresholds.of(m.lightYellowAt, m.lightRedAt), now);
        Integer expected = light == null ? null : LightRules.expectedProgress(m.createdAt, m.deadline, now, calendar.zone());
        return new MeasureView(m.id, m.problemId, m.unitId, m.title, m.description, m.owner, m.originalDeadline,
                m.deadline, open && m.deadline.isBefore(today), open && m.originalDeadline.isBefore(today), light,
                m.lightYellowAt, m.lightRedAt, expected, m.yellowSpells, m.status, m.progressPercent,
                m.evidenceCount, m.createdAt, m.updatedAt, m.startedAt, m.completedAt, m.version,
                MeasureLifecycle.allowedActions(facts(m, problemStatus), caller));
    }

    /** The version, and which of the instants that change the representation (light, overdue) have passed. */
    public String etag(Measure m) {
        return Etags.of(m.version, calendar.now(), m.lightYellowAt, m.lightRedAt,
                LightRules.endOfDay(m.deadline, calendar.zone()), LightRules.endOfDay(m.originalDeadline, calendar.zone()));
    }

    static MeasureLifecycle.Facts facts(Measure m, ProblemStatus problemStatus) {
        return new MeasureLifecycle.Facts(m.status, m.evidenceCount, m.unitId, problemStatus);
    }
}
