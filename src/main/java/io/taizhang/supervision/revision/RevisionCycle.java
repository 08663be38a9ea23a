package io.taizhang.supervision.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One return of a problem to its unit and, once it comes back, the resubmission. */
@Entity
@Table(name = "revision_cycle")
public class RevisionCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_cycle_seq")
    @SequenceGenerator(name = "revision_cycle_seq", sequenceName = "revision_cycle_seq", allocationSize = 50)
    public Long id;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public int cycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_category", nullable = false)
    public RevisionReason reasonCategory;

    @Column(nullable = false)
    public String reason;

    @Column(name = "returned_by", nullable = false)
    public Long returnedBy;

    @Column(name = "returned_at", nullable = false)
    public Instant returnedAt;

    @Column(name = "returned_seq", nullable = false)
    public int returnedSeq;

    @Column(name = "resubmitted_by")
    public Long resubmittedBy;

    @Column(name = "resubmitted_at")
    public Instant resubmittedAt;

    @Column(name = "resubmit_note")
    public String resubmitNote;

    @Version
    public int version;
}
