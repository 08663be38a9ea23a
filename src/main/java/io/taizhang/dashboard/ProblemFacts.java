package io.taizhang.dashboard;

import io.taizhang.problems.Category;
import io.taizhang.problems.KeyArea;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.problems.WorkLine;
import io.taizhang.supervision.lights.TrafficLight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the dashboard needs to know about one problem, and nothing more: its dimensions, its dates
 * and the counters that are summed. The light and {@code overdue} are not stored, they are a
 * function of the instant ({@link #lightAt}, {@link #overdueOn}), so a fact never goes stale with
 * the clock alone.
 *
 * @param filedOn       the day it was filed, in the campaign's time zone
 * @param closedOn      the day it was closed out, null unless CLOSED
 * @param yellowAt      when its light turns YELLOW, null when it has no light
 * @param escalated     under the leading group's named supervision (挂牌督办) now
 * @param openUrges     urges without a reply
 * @param relapses      look-backs recorded as RELAPSED
 */
public record ProblemFacts(long id, long unitId, long campaignId, Long meetingId, Category category, WorkLine workLine,
        Set<KeyArea> keyAreas, ProblemStatus status, LocalDate filedOn, LocalDate closedOn, LocalDate originalDeadline,
        LocalDate deadline, int measures, int measuresDone, Instant yellowAt, Instant redAt, boolean escalated,
        int openUrges, int relapses) {

    /** Shares the values most problems repeat (see {@link SharedValues}). */
    public ProblemFacts {
        keyAreas = SharedValues.areas(keyAreas);
        filedOn = SharedValues.day(filedOn);
        closedOn = SharedValues.day(closedOn);
        originalDeadline = SharedValues.day(originalDeadline);
        deadline = SharedValues.day(deadline);
    }

    public boolean closed() {
        return status == ProblemStatus.CLOSED;
    }

    public TrafficLight lightAt(Instant now) {
        if (yellowAt == null || redAt == null) {
            return null;
        }
        if (!now.isBefore(redAt)) {
            return TrafficLight.RED;
        }
        return now.isBefore(yellowAt) ? TrafficLight.GREEN : TrafficLight.YELLOW;
    }

    /** Past the (current) deadline and not closed: the meaning {@code overdue} has everywhere in the API. */
    public boolean overdueOn(LocalDate today) {
        return !closed() && deadline.isBefore(today);
    }

    /** Closed on or before the deadline first committed to, whatever extensions were approved since. */
    public boolean closedOnTime() {
        return closed() && !closedOn.isAfter(originalDeadline);
    }

    public int daysToClose() {
        return (int) (closedOn.toEpochDay() - filedOn.toEpochDay());
    }
}
