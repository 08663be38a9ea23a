package io.taizhang.ledger;

import io.taizhang.common.http.Cursor;
import io.taizhang.common.http.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global feed. Ids come from a sequence, so a smaller id can commit after a larger one; a
 * reader paging by id would skip it for ever. The feed is therefore ordered by the writing
 * transaction's id and shows only transactions older than every transaction still running
 * (the snapshot's xmin): nothing can later appear before a position a reader has passed.
 * Native SQL because this is PostgreSQL's transaction bookkeeping.
 */
@ApplicationScoped
public class LedgerFeed {

    static final String SORT = "feed";

    public record Filter(Long unitId, LedgerKind kind, Instant since, Long problemId) {
    }

    private final EntityManager em;

    public LedgerFeed(EntityManager em) {
        this.em = em;
    }

    public Page<LedgerEntry> page(Filter filter, String cursor, int limit) {
        List<String> after = Cursor.decode(cursor, SORT, 2);
        StringBuilder sql = new StringBuilder("""
                SELECT e.*, e.tx_id::text AS tx FROM ledger_entry e
                WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.unitId() != null) {
            sql.append(" AND e.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.kind() != null) {
            sql.append(" AND e.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.problemId() != null) {
            sql.append(" AND e.problem_id = :problem");
            params.put("problem", filter.problemId());
        }
        if (filter.since() != null) {
            sql.append(" AND e.occurred_at >= :since");
            params.put("since", Timestamp.from(filter.since()));
        }
        if (after != null) {
            sql.append(" AND (e.tx_id, e.id) > (CAST(:tx AS xid8), :id)");
            params.put("tx", String.valueOf(parse(after.get(0))));
            params.put("id", parse(after.get(1)));
        }
        sql.append(" ORDER BY e.tx_id, e.id LIMIT :limit");
        params.put("limit", limit + 1);
        Query query = em.createNativeQuery(sql.toString(), "LedgerEntryWithTx");
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Positioned> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new Positioned((LedgerEntry) row[0], (String) row[1]));
        }
        return Page.of(entries, limit, p -> Cursor.encode(SORT, p.tx(), p.entry().id)).map(Positioned::entry);
    }

    private static long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw io.taizhang.common.errors.ApiException.invalid("cursor", "is not a cursor this service issued");
        }
    }

    private record Positioned(LedgerEntry entry, String tx) {
    }
}
