package io.taizhang.supervision.escalation;

import io.taizhang.common.http.IdCursor;
import io.taizhang.common.http.Page;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.supervision.UnitScope;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemRepository;
import io.taizhang.problems.ProblemService;
import io.taizhang.supervision.escalation.EscalationDtos.BoardEntry;
import io.taizhang.supervision.escalation.EscalationDtos.EscalationView;
import io.taizhang.supervision.lights.Thresholds;
import io.taizhang.supervision.lights.TrafficLight;
import io.taizhang.units.UnitDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading escalations, and the steering group's board of the problems under named supervision. */
@ApplicationScoped
public class EscalationQueries {

    static final String LIST = "escalations";

    private final EscalationRepository escalations;
    private final EscalationService service;
    private final ProblemService problems;
    private final ProblemRepository problemRows;
    private final UnitDirectory units;
    private final BusinessCalendar calendar;

    public EscalationQueries(EscalationRepository escalations, EscalationService service, ProblemService problems,
            ProblemRepository problemRows, UnitDirectory units, BusinessCalendar calendar) {
        this.escalations = escalations;
        this.service = service;
        this.problems = problems;
        this.problemRows = problemRows;
        this.units = units;
        this.calendar = calendar;
    }

    public EscalationView get(Caller caller, long escalationId) {
        return EscalationView.from(service.visible(caller, escalationId));
    }

    public List<EscalationView> ofProblem(Caller caller, long problemId) {
        problems.get(caller, problemId);
        return escalations.ofProblem(problemId).stream().map(EscalationView::from).toList();
    }

    public Page<EscalationView> list(Caller caller, Long unitId, EscalationStatus status, String cursor, int limit) {
        UnitScope scope = UnitScope.of(caller, unitId);
        if (scope.nothing()) {
            return new Page<>(List.of(), null);
        }
        List<Escalation> rows = escalations.search(scope.unitId(), status, IdCursor.after(cursor, LIST),
                limit);
        return Page.of(rows, limit, e -> IdCursor.of(LIST, e.id)).map(EscalationView::from);
    }

    /**
     * Every active escalation with its problem as it stands now: key-area problems first, then the
     * worst light, then the nearest supervision deadline. Active escalations are few by nature, so
     * the board is one list rather than pages.
     */
    public List<BoardEntry> board(Caller caller) {
        List<Escalation> active = escalations.active(caller.visibleUnitOnly());
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, Problem> byId = problemRows.list("id in ?1", active.stream().map(e -> e.problemId).toList())
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Instant now = calendar.now();
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        return active.stream().map(e -> entry(e, byId.get(e.problemId), now, today))
                .sorted(Comparator.comparing(BoardEntry::priority).reversed()
                        .thenComparing(b -> b.light() == null ? -1 : b.light().ordinal(), Comparator.reverseOrder())
                        .thenComparing(BoardEntry::superviseUntil)
                        .thenComparing(BoardEntry::escalationId))
                .toList();
    }

    private BoardEntry entry(Escalation e, Problem p, Instant now, LocalDate today) {
        TrafficLight light = Thresholds.lightAt(Thresholds.of(p.lightYellowAt, p.lightRedAt), now);
        return new BoardEntry(e.id, p.id, p.ledgerNumber, p.unitId, units.code(p.unitId), p.title, p.keyAreaSet(),
                p.keyAreas.length > 0, p.status, light, p.deadline, e.rule, e.reason, e.superviseUntil,
                today.isAfter(e.superviseUntil), e.confirmedAt);
    }
}
