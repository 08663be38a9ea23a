package io.taizhang.supervision.urges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An inspector's urge (督促/催办) on a problem or measure, and the unit's one reply. */
@Entity
@Table(name = "urge")
public class Urge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "urge_seq")
    @SequenceGenerator(name = "urge_seq", sequenceName = "urge_seq", allocationSize = 50)
    public Long id;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    @Column(name = "measure_id")
    public Long measureId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public String message;

    @Column(name = "reply_by", nullable = false)
    public LocalDate replyBy;

    @Column(name = "sent_by", nullable = false)
    public Long sentBy;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    public String reply;

    @Column(name = "replied_by")
    public Long repliedBy;

    @Column(name = "replied_at")
    public Instant repliedAt;

    @Column(name = "replied_late")
    public Boolean repliedLate;

    @Version
    public int version;
}
