package io.taizhang.supervision.escalation;

import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.measures.Measure;
import io.taizhang.measures.MeasureRepository;
import io.taizhang.problems.Problem;
import io.taizhang.supervision.SystemActor;
import io.taizhang.supervision.escalation.EscalationRules.Item;
import io.taizhang.supervision.escalation.EscalationRules.Trigger;
import io.taizhang.supervision.lights.LightKeeper;
import io.taizhang.supervision.lights.Thresholds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the escalation rules to one problem and, when one fires, proposes an escalation as the
 * system account. The caller holds the problem row lock; the insert is a no-op when the same
 * fact was proposed before, so the ledger gets one ESCALATION_PROPOSED per fact, ever.
 */
@ApplicationScoped
public class EscalationProposals {

    private final EscalationRepository escalations;
    private final MeasureRepository measures;
    private final LightKeeper lights;
    private final LedgerWriter ledger;
    private final SystemActor system;
    private final BusinessCalendar calendar;
    private final EscalationRules.Settings settings;

    public EscalationProposals(EscalationRepository escalations, MeasureRepository measures, LightKeeper lights,
            LedgerWriter ledger, SystemActor system, BusinessCalendar calendar, TaizhangConfig config) {
        this.escalations = escalations;
        this.measures = measures;
        this.lights = lights;
        this.ledger = ledger;
        this.system = system;
        this.calendar = calendar;
        this.settings = new EscalationRules.Settings(config.supervision().escalation().redDays(),
                config.supervision().escalation().yellowSpells());
    }

    /** Proposes an escalation of {@code p} if a rule fires for a new fact; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> evaluate(Problem p) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(null, lights.ownThresholds(p), 0));
        for (Measure m : measures.ofProblem(p.id)) {
            items.add(new Item(m.id, Thresholds.of(m.lightYellowAt, m.lightRedAt), m.yellowSpells));
        }
        Optional<Trigger> trigger = EscalationRules.evaluate(items, calendar.now(), settings);
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        Trigger t = trigger.get();
        Optional<Long> id = escalations.insertUnlessKnown(p.id, p.unitId, t.measureId(), t.rule(), t.key(),
                EscalationStatus.PROPOSED, system.caller().accountId(), calendar.now());
        id.ifPresent(escalationId -> ledger.append(p, t.measureId(), system.caller(), LedgerKind.ESCALATION_PROPOSED,
                Changes.of().value("escalationId", escalationId).value("rule", t.rule()).value("since", t.since()),
                null));
        return id;
    }
}
