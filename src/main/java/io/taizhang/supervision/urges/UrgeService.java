package io.taizhang.supervision.urges;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.http.IdCursor;
import io.taizhang.common.http.Page;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.supervision.UnitScope;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.measures.MeasureRepository;
import io.taizhang.measures.MeasureStatus;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemAction;
import io.taizhang.problems.ProblemLifecycle;
import io.taizhang.problems.ProblemService;
import io.taizhang.supervision.urges.UrgeDtos.UnitUrgeStatistics;
import io.taizhang.supervision.urges.UrgeDtos.UrgeCreate;
import io.taizhang.supervision.urges.UrgeDtos.UrgeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Urging (督促/催办): an inspector urges, the unit's liaison answers once; both are on the ledger. */
@ApplicationScoped
public class UrgeService {

    static final String LIST = "urges";

    private final UrgeRepository urges;
    private final ProblemService problems;
    private final MeasureRepository measures;
    private final LedgerWriter ledger;
    private final BusinessCalendar calendar;

    public UrgeService(UrgeRepository urges, ProblemService problems, MeasureRepository measures, LedgerWriter ledger,
            BusinessCalendar calendar) {
        this.urges = urges;
        this.problems = problems;
        this.measures = measures;
        this.ledger = ledger;
        this.calendar = calendar;
    }

    @Transactional
    public UrgeView send(Caller caller, long problemId, UrgeCreate create) {
        Problem p = problems.lockVisible(caller, problemId);
        ProblemLifecycle.require(ProblemAction.URGE, ProblemLifecycle.Facts.of(p), caller);
        if (create.measureId() != null) {
            measures.findByIdOptional(create.measureId()).filter(m -> m.problemId.equals(p.id))
                    .filter(m -> m.status != MeasureStatus.DONE)
                    .orElseThrow(() -> ApiException.invalid("measureId", "is not an open measure of this problem"));
        }
        if (create.replyBy().isBefore(calendar.today())) {
            throw ApiException.invalid("replyBy", "must not be in the past");
        }
        Urge u = new Urge();
        u.problemId = p.id;
        u.measureId = create.measureId();
        u.unitId = p.unitId;
        u.message = create.message().strip();
        u.replyBy = create.replyBy();
        u.sentBy = caller.accountId();
        u.sentAt = calendar.now();
        urges.persist(u);
        ledger.append(p, u.measureId, caller, LedgerKind.URGE_SENT,
                Changes.of().value("urgeId", u.id).value("replyBy", u.replyBy), u.message);
        urges.flush();
        return UrgeView.of(u, calendar.today());
    }

    @Transactional
    public UrgeView reply(Caller caller, long urgeId, String ifMatch, String reply) {
        Urge u = visible(caller, urgeId);
        Problem p = problems.lockVisible(caller, u.problemId);
        urges.getEntityManager().refresh(u);
        Etags.checkMatch(ifMatch, Etags.of(u.version));
        if (!caller.isLiaisonOf(u.unitId)) {
            throw ApiException.forbidden("only the unit's liaison answers an urge");
        }
        if (u.repliedAt != null) {
            throw ApiException.transition("this urge was already answered").with("repliedAt", u.repliedAt.toString());
        }
        u.reply = reply.strip();
        u.repliedBy = caller.accountId();
        u.repliedAt = calendar.now();
        u.repliedLate = LocalDate.ofInstant(u.repliedAt, calendar.zone()).isAfter(u.replyBy);
        ledger.append(p, u.measureId, caller, LedgerKind.URGE_REPLIED,
                Changes.of().value("urgeId", u.id).value("late", u.repliedLate), u.reply);
        urges.flush();
        return UrgeView.of(u, calendar.today());
    }

    public UrgeView get(Caller caller, long urgeId) {
        return UrgeView.of(visible(caller, urgeId), calendar.today());
    }

    public List<UrgeView> ofProblem(Caller caller, long problemId) {
        problems.get(caller, problemId);
        LocalDate today = calendar.today();
        return urges.ofProblem(problemId).stream().map(u -> UrgeView.of(u, today)).toList();
    }

    public Page<UrgeView> list(Caller caller, Long unitId, UrgeState state, String cursor, int limit) {
        UnitScope scope = UnitScope.of(caller, unitId);
        if (scope.nothing()) {
            return new Page<>(List.of(), null);
        }
        LocalDate today = calendar.today();
        List<Urge> rows = urges.search(scope.unitId(), state, today, IdCursor.after(cursor, LIST), limit);
        return Page.of(rows, limit, u -> IdCursor.of(LIST, u.id)).map(u -> UrgeView.of(u, today));
    }

    public List<UnitUrgeStatistics> statistics(Caller caller, Long unitId) {
        UnitScope scope = UnitScope.of(caller, unitId);
        return scope.nothing() ? List.of() : urges.statistics(scope.unitId(), calendar.today());
    }

    private Urge visible(Caller caller, long id) {
        return urges.findByIdOptional(id).filter(u -> caller.canSeeUnit(u.unitId))
                .orElseThrow(() -> ApiException.notFound("urge " + id));
    }
}
