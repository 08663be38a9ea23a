package io.taizhang.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An inspector's answers to the five outcome questions (问效); failed ones stay on record. */
@Entity
@Immutable
@Table(name = "verification")
public class Verification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_seq")
    @SequenceGenerator(name = "verification_seq", sequenceName = "verification_seq", allocationSize = 50)
    public Long id;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    @Column(name = "inspector_id", nullable = false)
    public Long inspectorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_solved", nullable = false)
    public Verdict problemSolved;

    @Column(name = "problem_solved_note", nullable = false)
    public String problemSolvedNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "situation_changed", nullable = false)
    public Verdict situationChanged;

    @Column(name = "situation_changed_note", nullable = false)
    public String situationChangedNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "capability_improved", nullable = false)
    public Verdict capabilityImproved;

    @Column(name = "capability_improved_note", nullable = false)
    public String capabilityImprovedNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "mechanism_improved", nullable = false)
    public Verdict mechanismImproved;

    @Column(name = "mechanism_improved_note", nullable = false)
    public String mechanismImprovedNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "people_satisfied", nullable = false)
    public Verdict peopleSatisfied;

    @Column(name = "people_satisfied_note", nullable = false)
    public String peopleSatisfiedNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerificationOutcome outcome;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "verified_at", nullable = false)
    public Instant verifiedAt;
}
