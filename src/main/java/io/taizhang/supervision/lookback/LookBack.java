package io.taizhang.supervision.lookback;

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

/** The look-back (回头看) of one closure: due after the consolidation period, recorded once. */
@Entity
@Table(name = "look_back")
public class LookBack {

    /** PENDING until recorded; the outcome afterwards. */
    public enum Status {
        PENDING,
        CONSOLIDATED,
        RELAPSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "look_back_seq")
    @SequenceGenerator(name = "look_back_seq", sequenceName = "look_back_seq", allocationSize = 50)
    public Long id;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    @Column(name = "verification_id")
    public Long verificationId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "recorded_by")
    public Long recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public String finding;

    @Version
    public int version;
}
