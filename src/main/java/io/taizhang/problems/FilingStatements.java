package io.taizhang.problems;

import io.taizhang.common.jdbc.TxJdbc;
import io.taizhang.common.json.CanonicalJson;
import io.taizhang.ledger.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The statements of a filing as plain JDBC on the transaction's own connection: both reference
 * checks in one query, and the new problem row in its final state with its first ledger entry in
 * one statement. Through Hibernate, a filing loaded the unit and the campaign as entities, then
 * sent an INSERT, then the entry's INSERT, then an UPDATE of the problem row through every index
 * of the table: the id the entry's hash needs only existed once the entity was persisted, and the
 * head and lights set after that were written again. Ids still come from the entities' own
 * generators, so they stay in the ranges Hibernate allocates. Neither row is managed by Hibernate
 * afterwards; nothing in the filing's transaction reads them back.
 */
@ApplicationScoped
class FilingStatements {

    // the entry refers to the problem: PostgreSQL checks the foreign key at the end of the statement
    private static final String INSERT = """
            WITH filed AS (
                INSERT INTO problem (id, ledger_number, unit_id, campaign_id, meeting_id, title, description, category,
                    work_line, source, key_areas, severity, responsible_person, original_deadline, deadline, status,
                    filed_by, created_at, updated_at, closed_at, measure_count, measures_done, light_yellow_at,
                    light_red_at, light_seen, escalated_at, revision_cycles, version, ledger_seq, ledger_head)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
            INSERT INTO ledger_entry (id, problem_id, seq, measure_id, unit_id, occurred_at, actor_account_id, actor_name,
                actor_role, kind, changes, reason, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""";

    private final TxJdbc jdbc;

    FilingStatements(TxJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** What a filing refers to: the unit's code if the unit is active (null if not), and whether the campaign exists. */
    record Refs(String activeUnitCode, boolean campaignExists) {
    }

    /** Both of a filing's reference checks in one round trip, without loading either entity. */
    Refs refs(long unitId, long campaignId) {
        return jdbc.row("SELECT (SELECT code FROM unit WHERE id = ? AND active), EXISTS (SELECT 1 FROM campaign WHERE id = ?)",
                rs -> new Refs(rs.getString(1), rs.getBoolean(2)), unitId, campaignId);
    }

    /** Gives the problem its id from the problem sequence, as persisting it would. */
    void assignId(Problem p) {
        p.id = jdbc.nextId(Problem.class, p);
    }

    void insert(Problem p, LedgerEntry first) {
        first.id = jdbc.nextId(LedgerEntry.class, first);
        jdbc.work(connection -> {
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
                ps.setLong(++i, first.id);
                ps.setLong(++i, first.problemId);
                ps.setInt(++i, first.seq);
                ps.setObject(++i, first.measureId, Types.BIGINT);
                ps.setLong(++i, first.unitId);
                ps.setObject(++i, at(first.occurredAt), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setLong(++i, first.actorAccountId);
                ps.setString(++i, first.actorName);
                ps.setString(++i, first.actorRole);
                ps.setString(++i, first.kind);
                // any JSON text of the same values will do: jsonb keeps values, and the hash is of the values
                ps.setString(++i, CanonicalJson.write(first.changes));
                ps.setString(++i, first.reason);
                ps.setString(++i, first.prevHash);
                ps.setString(++i, first.hash);
                ps.executeUpdate();
            }
        });
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
