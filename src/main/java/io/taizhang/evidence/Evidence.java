package io.taizhang.evidence;

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

/** Supporting evidence (佐证材料) of a measure: added once, never changed or removed. */
@Entity
@Immutable
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    public Long id;

    @Column(name = "measure_id", nullable = false)
    public Long measureId;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String uri;

    public String sha256;

    @Column(name = "added_by", nullable = false)
    public Long addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
