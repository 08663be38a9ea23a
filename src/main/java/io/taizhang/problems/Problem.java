package io.taizhang.problems;

import io.taizhang.ledger.LedgerChain;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A problem on the ledger, with the head of its hash chain. */
@Entity
@Table(name = "problem")
public class Problem implements LedgerChain {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_seq")
    @SequenceGenerator(name = "problem_seq", sequenceName = "problem_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ledger_number", nullable = false)
    public String ledgerNumber;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "meeting_id")
    public Long meetingId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_line", nullable = false)
    public WorkLine workLine;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "key_areas", nullable = false, columnDefinition = "text[]")
    public String[] keyAreas = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "responsible_person", nullable = false)
    public String responsiblePerson;

    @Column(name = "original_deadline", nullable = false)
    public LocalDate originalDeadline;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProblemStatus status;

    @Column(name = "filed_by", nullable = false)
    public Long filedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "measure_count", nullable = false)
    public int measureCount;

    @Column(name = "measures_done", nullable = false)
    public int measuresDone;

    /** When the light turns YELLOW and RED (null: no light); see supervision.lights.LightKeeper. */
    @Column(name = "light_yellow_at")
    public Instant lightYellowAt;

    @Column(name = "light_red_at")
    public Instant lightRedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "light_seen")
    public TrafficLight lightSeen;

    /** Set while the problem is under the leading group's named supervision (挂牌督办). */
    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "revision_cycles", nullable = false)
    public int revisionCycles;

    @Version
    public int version;

    @Column(name = "ledger_seq", nullable = false)
    public int ledgerSeq;

    @Column(name = "ledger_head", nullable = false)
    public String ledgerHead;

    public Set<KeyArea> keyAreaSet() {
        Set<KeyArea> set = EnumSet.noneOf(KeyArea.class);
        Arrays.stream(keyAreas).map(KeyArea::valueOf).forEach(set::add);
        return set;
    }

    public void keyAreaSet(Set<KeyArea> areas) {
        keyAreas = areas.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    @Override
    public long chainProblemId() {
        return id;
    }

    @Override
    public long chainUnitId() {
        return unitId;
    }

    @Override
    public int chainSeq() {
        return ledgerSeq;
    }

    @Override
    public String chainHead() {
        return ledgerHead;
    }

    @Override
    public void advanceChain(int seq, String hash, Instant at) {
        ledgerSeq = seq;
        ledgerHead = hash;
        updatedAt = at;
    }
}
