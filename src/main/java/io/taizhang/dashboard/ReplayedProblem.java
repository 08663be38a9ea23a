package io.taizhang.dashboard;

import io.taizhang.ledger.LedgerKind;
import io.taizhang.problems.Category;
import io.taizhang.problems.KeyArea;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.problems.WorkLine;
import io.taizhang.supervision.lights.LightRules;
import io.taizhang.supervision.lights.Thresholds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A problem rebuilt from its ledger entries, one entry at a time in chain order. Only what the
 * dashboard counts is kept; the light is recomputed from the replayed deadlines and progress with
 * the same rules the service applies ({@link LightRules}), because the ledger records a light
 * only when it changes colour, not when it appears.
 */
final class ReplayedProblem {

    /** One ledger entry, reduced in SQL to the fields a replay reads (null when absent). */
    record Entry(long problemId, Long measureId, LedgerKind kind, Instant at, Long unitId, Long campaignId,
            Long meetingId, String category, String workLine, String keyAreas, String status, String deadline,
            Integer progress, String lookBackOutcome) {
    }

    private static final class MeasureState {
        final Instant createdAt;
        LocalDate deadline;
        int progress;
        boolean done;

        MeasureState(Instant createdAt, LocalDate deadline) {
            this.createdAt = createdAt;
            this.deadline = deadline;
        }
    }

    final long id;
    long unitId;
    long campaignId;
    Long meetingId;
    Category category;
    WorkLine workLine;
    Set<KeyArea> keyAreas = EnumSet.noneOf(KeyArea.class);
    ProblemStatus status;
    Instant filedAt;
    Instant closedAt;
    LocalDate originalDeadline;
    LocalDate deadline;
    boolean escalated;
    int openUrges;
    int relapses;
    private final Map<Long, MeasureState> measures = new LinkedHashMap<>();

    ReplayedProblem(long id) {
        this.id = id;
    }

    boolean filed() {
        return filedAt != null;
    }

    void apply(Entry e) {
        boolean ownEntry = e.measureId() == null;
        switch (e.kind()) {
            case PROBLEM_FILED -> {
                unitId = e.unitId();
                campaignId = e.campaignId();
                meetingId = e.meetingId();
                filedAt = e.at();
                originalDeadline = LocalDate.parse(e.deadline());
                deadline = originalDeadline;
            }
            case MEASURE_ADDED -> measures.put(e.measureId(), new MeasureState(e.at(), LocalDate.parse(e.deadline())));
            case PROGRESS_REPORTED -> measure(e).ifPresent(m -> m.progress = e.progress() == null ? m.progress : e.progress());
            case MEASURE_COMPLETED -> measure(e).ifPresent(m -> {
                m.done = true;
                m.progress = 100;
            });
            case MEASURE_REOPENED -> measure(e).ifPresent(m -> m.done = false);
            case EXTENSION_APPROVED -> {
                if (e.deadline() != null) {
                    if (ownEntry) {
                        deadline = LocalDate.parse(e.deadline());
                    } else {
                        measure(e).ifPresent(m -> m.deadline = LocalDate.parse(e.deadline()));
                    }
                }
            }
            case URGE_SENT -> openUrges++;
            case URGE_REPLIED -> openUrges--;
            case ESCALATED -> escalated = true;
            case DEESCALATED -> escalated = false;
            case PROBLEM_REOPENED -> {
                if ("RELAPSED".equals(e.lookBackOutcome())) {
                    relapses++;
                }
            }
            default -> {
                // the fields below are read from every entry of the problem itself
            }
        }
        if (ownEntry) {
            if (e.meetingId() != null) {
                meetingId = e.meetingId();
            }
            if (e.category() != null) {
                category = Category.valueOf(e.category());
            }
            if (e.workLine() != null) {
                workLine = WorkLine.valueOf(e.workLine());
            }
            if (e.keyAreas() != null) {
                keyAreas = parseAreas(e.keyAreas());
            }
            if (e.status() != null) {
                status = ProblemStatus.valueOf(e.status());
                closedAt = status == ProblemStatus.CLOSED ? e.at() : null;
            }
        }
    }

    /** The facts as they stood, with the light thresholds the rules give for the replayed state. */
    ProblemFacts facts(LightRules.Settings rules, ZoneId zone) {
        Thresholds worst = null;
        int done = 0;
        if (ProblemLifecycle.hasOpenWork(status)) {
            worst = LightRules.byDeadline(deadline, rules, zone);
        }
        for (MeasureState m : measures.values()) {
            if (m.done) {
                done++;
            } else if (ProblemLifecycle.hasOpenWork(status)) {
                worst = Thresholds.worst(worst, LightRules.forMeasure(m.createdAt, m.deadline, m.progress, rules, zone));
            }
        }
        return new ProblemFacts(id, unitId, campaignId, meetingId, category, workLine, keyAreas, status,
                LocalDate.ofInstant(filedAt, zone), closedAt == null ? null : LocalDate.ofInstant(closedAt, zone),
                originalDeadline, deadline, measures.size(), done, worst == null ? null : worst.yellowAt(),
                worst == null ? null : worst.redAt(), escalated, openUrges, relapses);
    }

    private Optional<MeasureState> measure(Entry e) {
        return Optional.ofNullable(e.measureId() == null ? null : measures.get(e.measureId()));
    }

    /** A JSON array of key-area names, as the ledger stores it: ["CASE_FILING","PETITIONS"]. */
    static Set<KeyArea> parseAreas(String json) {
        Set<KeyArea> areas = EnumSet.noneOf(KeyArea.class);
        for (String part : json.replaceAll("[\\[\\]\"\\s]", "").split(",")) {
            if (!part.isEmpty()) {
                areas.add(KeyArea.valueOf(part));
            }
        }
        return areas;
    }
}
