package io.taizhang.supervision.lights;

import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.measures.Measure;
import io.taizhang.measures.MeasureRepository;
import io.taizhang.measures.MeasureStatus;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.supervision.SystemActor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the stored light thresholds of a problem and its measures current, and writes every
 * change of light to the ledger. Callers hold the problem row lock.
 *
 * <p>Two moments: {@link #catchUp} before a write (and in the scheduled evaluation) records what the
 * clock alone has changed since the last observation, as the system account; {@link #refresh}
 * after a write recomputes the thresholds and records what the write changed, as its author. A
 * measure that lights up YELLOW, is put right and lights up again is thus counted twice, however
 * the writes and the evaluations interleave.
 */
@ApplicationScoped
public class LightKeeper {

    private final MeasureRepository measures;
    private final LedgerWriter ledger;
    private final SystemActor system;
    private final BusinessCalendar calendar;
    private final LightSettings settings;

    public LightKeeper(MeasureRepository measures, LedgerWriter ledger, SystemActor system, BusinessCalendar calendar,
            LightSettings settings) {
        this.measures = measures;
        this.ledger = ledger;
        this.system = system;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Records the light changes the passing of time has caused since they were last observed. */
    public void catchUp(Problem p) {
        observeAll(p, measures.ofProblem(p.id), system.caller(), true);
    }

    /** Recomputes the thresholds after a write and records the light changes it caused. */
    public void refresh(Problem p, Caller actor) {
        refresh(p, measures.ofProblem(p.id), actor);
    }

    /** As {@link #refresh(Problem, Caller)}, with the problem's measures at hand (none for a new problem). */
    public void refresh(Problem p, List<Measure> all, Caller actor) {
        recompute(p, all);
        observeAll(p, all, actor, false);
    }

    /** Only recomputes the stored thresholds (settings changed); observing is left to the evaluation. */
    public void recompute(Problem p, List<Measure> ofProblem) {
        Thresholds worst = ownThresholds(p);
        for (Measure m : ofProblem) {
            Thresholds t = thresholds(p, m);
            m.lightYellowAt = t == null ? null : t.yellowAt();
            m.lightRedAt = t == null ? null : t.redAt();
            worst = Thresholds.worst(worst, t);
        }
        p.lightYellowAt = worst == null ? null : worst.yellowAt();
        p.lightRedAt = worst == null ? null : worst.redAt();
    }

    public Thresholds ownThresholds(Problem p) {
        return ProblemLifecycle.hasOpenWork(p.status) ? LightRules.byDeadline(p.deadline, settings.rules(), settings.zone())
                : null;
    }

    Thresholds thresholds(Problem p, Measure m) {
        if (!ProblemLifecycle.hasOpenWork(p.status) || m.status == MeasureStatus.DONE) {
            return null;
        }
        return LightRules.forMeasure(m.createdAt, m.deadline, m.progressPercent, settings.rules(), settings.zone());
    }

    private void observeAll(Problem p, List<Measure> ofProblem, Caller actor, boolean byTime) {
        Instant now = calendar.now();
        for (Measure m : ofProblem) {
            observe(p, m, Thresholds.of(m.lightYellowAt, m.lightRedAt), now, actor, byTime);
        }
        observe(p, null, Thresholds.of(p.lightYellowAt, p.lightRedAt), now, actor, byTime);
    }

    private void observe(Problem p, Measure m, Thresholds t, Instant now, Caller actor, boolean byTime) {
        TrafficLight light = Thresholds.lightAt(t, now);
        TrafficLight seen = m == null ? p.lightSeen : m.lightSeen;
        if (light == seen) {
            return;
        }
        if (m == null) {
            p.lightSeen = light;
        } else {
            m.lightSeen = light;
            if (light == TrafficLight.YELLOW) {
                m.yellowSpells++;
            }
        }
        // a light appearing (filing, reopening, rows from before lights existed) or going out (done,
        // closed) is told by the write itself; the ledger records changes from one colour to another
        if (light == null || seen == null) {
            return;
        }
        Instant since = byTime && t.since(light) != null ? t.since(light) : now;
        Changes changes = Changes.of().field("light", seen, light).value("since", since);
        if (m != null) {
            changes.value("yellowSpells", m.yellowSpells);
        }
        ledger.append(p, m == null ? null : m.id, actor, LedgerKind.LIGHT_CHANGED, changes, null);
    }
}
