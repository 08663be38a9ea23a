package io.taizhang.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One ledger entry. Inserted once, never updated (the schema's triggers reject it anyway). */
@Entity
@Immutable
@Table(name = "ledger_entry")
@SqlResultSetMapping(name = "LedgerEntryWithTx", entities = @EntityResult(entityClass = LedgerEntry.class),
        columns = @ColumnResult(name = "tx", type = String.class))
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    public Long id;

    @Column(name = "problem_id", nullable = false)
    public Long problemId;

    @Column(nullable = false)
    public int seq;

    @Column(name = "measure_id")
    public Long measureId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_account_id", nullable = false)
    public Long actorAccountId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(nullable = false)
    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> changes;

    public String reason;

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;
}
