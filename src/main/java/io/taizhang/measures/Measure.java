package io.taizhang.measures;

import io.taizhang.supervision.lights.TrafficLight;
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

/** A rectification measure of one problem. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
    public Long id;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String owner;

    @Column(name = "original_deadline", nullable = false)
    public LocalDate originalDeadline;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status;

    @Column(name = "progress_percent", nullable = false)
    public int progressPercent;

    @Column(name = "evidence_count", nullable = false)
    public int evidenceCount;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** When the light turns YELLOW and RED (null: no light); see supervision.lights.LightKeeper. */
    @Column(name = "light_yellow_at")
    public Instant lightYellowAt;

    @Column(name = "light_red_at")
    public Instant lightRedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "light_seen")
    public TrafficLight lightSeen;

    /** How many times the light has turned YELLOW (the escalation rule "YELLOW twice"). */
    @Column(name = "yellow_spells", nullable = false)
    public int yellowSpells;

    @Version
    public int version;
}
