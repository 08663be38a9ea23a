package io.taizhang.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Inserts a new problem row in its final state with one plain JDBC statement, on the
 * transaction's own connection. Through Hibernate, a filing was an INSERT followed by an UPDATE
 * of the same row: the id the ledger entry's hash needs only exists once the entity is persisted,
 * and the head and lights set after that are written again, through every index of the table.
 * The id still comes from the entity's own generator, so ids stay in the ranges Hibernate
 * allocates. The row is not managed by Hibernate afterwards; nothing in the filing's transaction
 * reads it back.
 */
@ApplicationScoped
class ProblemInserts {

    private static final String INSERT = """
            INSERT INTO problem (id, ledger_number, unit_id, campaign_id, meeting_id, title, description, category,
                work_line, source, key_areas, severity, responsible_person, original_deadline, deadline, status,
                filed_by, created_at, updated_at, closed_at, measure_count, measures_done, light_yellow_at,
                light_red_at, light_seen, escalated_at, revision_cycles, version, ledger_seq, ledger_head)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EntityManager em;

    ProblemInserts(EntityManager em) {
        this.em = em;
    }

    /** Gives the problem its id from the problem sequence, as persisting it would. */
    void assignId(Problem p) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(Problem.class).getGenerator();
        p.id = (Long) ids.generate(session, p, null, EventType.INSERT);
    }

    void insert(Problem p) {
        em.unwrap(SharedSessionContractImplementor.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                int i = 0;
                ps.setLong(++i, p.id);
                ps.setString(++i, p.ledgerNumber);
                ps.setLong(++i, p.unitId);
                ps.setLong(++i, p.campaignId);
                ps.setObject(++i, p.meetingId, Types.BIGINT);
                ps.setString(++i, p.title);
                ps.setString(++i, p.description);
                ps.setString(++i, p.category.name());
                ps.setString(++i, p.workLine.name());
                ps.setString(++i, p.source.name());
                ps.setArray(++i, connection.createArrayOf("text", p.keyAreas));
                ps.setString(++i, p.severity.name());
                ps.setString(++i, p.responsiblePerson);
                ps.setObject(++i, p.originalDeadline);
                ps.setObject(++i, p.deadline);
                ps.setString(++i, p.status.name());
                ps.setLong(++i, p.filedBy);
                ps.setObject(++i, at(p.createdAt), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(++i, at(p.updatedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(++i, at(p.closedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setInt(++i, p.measureCount);
                ps.setInt(++i, p.measuresDone);
                ps.setObject(++i, at(p.lightYellowAt), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(++i, at(p.lightRedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(++i, p.lightSeen == null ? null : p.lightSeen.name());
                ps.setObject(++i, at(p.escalatedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setInt(++i, p.revisionCycles);
                ps.setInt(++i, p.version);
                ps.setInt(++i, p.ledgerSeq);
                ps.setString(++i, p.ledgerHead);
                ps.executeUpdate();
            }
        });
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
