package io.taizhang.supervision.extensions;

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
import java.time.LocalDate;

/** A liaison's request to move the deadline of a problem or one of its measures. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extension_request_seq")
    @SequenceGenerator(name = "extension_request_seq", sequenceName = "extension_request_seq", allocationSize = 50)
    public Long id;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    /** Null when the problem's own deadline is to move. */
    @Column(name = "measure_id")
    public Long measureId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "deadline_before", nullable = false)
    public LocalDate deadlineBefore;

    @Column(name = "requested_deadline", nullable = false)
    public LocalDate requestedDeadline;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExtensionStatus status;

    @Column(name = "requested_by", nullable = false)
    public Long requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public int version;
}
