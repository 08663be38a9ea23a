package io.taizhang.supervision.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One escalation of a problem, from proposal (or an inspector's direct decision) to lifting. */
@Entity
@Table(name = "escalation")
public class Escalation {

    /** Assigned from escalation_seq by the insert itself (see EscalationProposals). */
    @Id
    public Long id;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "measure_id")
    public Long measureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationRule rule;

    @Column(name = "trigger_key", nullable = false)
    public String triggerKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationStatus status;

    @Column(name = "proposed_by", nullable = false)
    public Long proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "confirmed_by")
    public Long confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    public String reason;

    @Column(name = "supervise_until")
    public LocalDate superviseUntil;

    @Column(name = "dismissed_by")
    public Long dismissedBy;

    @Column(name = "dismissed_at")
    public Instant dismissedAt;

    @Column(name = "lifted_by")
    public Long liftedBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "closing_note")
    public String closingNote;

    @Version
    public int version;
}
