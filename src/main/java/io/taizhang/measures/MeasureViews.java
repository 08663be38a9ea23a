package io.taizhang.measures;

import io.taizhang.common.security.Caller;
import io.taizhang.problems.ProblemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

@ApplicationScoped
public class MeasureViews {

    public MeasureView of(Measure m, ProblemStatus problemStatus, Caller caller, LocalDate today) {
        return new MeasureView(m.id, m.problemId, m.unitId, m.title, m.description, m.owner, m.originalDeadline,
                m.deadline, m.status != MeasureStatus.DONE && m.deadline.isBefore(today), m.status, m.progressPercent,
                m.evidenceCount, m.createdAt, m.updatedAt, m.startedAt, m.completedAt, m.version,
                MeasureLifecycle.allowedActions(facts(m, problemStatus), caller));
    }

    static MeasureLifecycle.Facts facts(Measure m, ProblemStatus problemStatus) {
        return new MeasureLifecycle.Facts(m.status, m.evidenceCount, m.unitId, problemStatus);
    }
}
