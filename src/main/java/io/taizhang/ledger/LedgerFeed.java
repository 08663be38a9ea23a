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

    /** An entry with its place in the feed; {@code cursor} resumes right after it (the live feed's event id). */
    public record FeedEntry(LedgerEntry entry, long tx, String cursor) {
    }

    public Page<LedgerEntry> page(Filter filter, String cursor, int limit) {
        List<Positioned> entries = query(filter, cursor, limit + 1);
        return Page.of(entries, limit, p -> Cursor.encode(SORT, p.tx(), p.entry().id)).map(Positioned::entry);
    }

    /** Up to {@code limit} entries after the cursor (from the start when null), each with its own cursor. */
    public List<FeedEntry> entriesAfter(Filter filter, String cursor, int limit) {
        return query(filter, cursor, limit).stream()
                .map(p -> new FeedEntry(p.entry(), Long.parseLong(p.tx()), Cursor.encode(SORT, p.tx(), p.entry().id)))
                .toList();
    }

    /** The cursor of the newest entry a reader may see now, or null while the ledger is empty. */
    public String head() {
        List<?> rows = em.createNativeQuery("""
                SELECT e.tx_id::text, e.id FROM ledger_entry e WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY e.tx_id DESC, e.id DESC LIMIT 1""").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return Cursor.encode(SORT, row[0], ((Number) row[1]).longValue());
    }

    /** The (transaction, id) position a cursor of this feed names; a 400 naming {@code field} otherwise. */
    public static long[] position(String field, String cursor) {
        try {
            List<String> keys = Cursor.decode(cursor, SORT, 2);
            return new long[] {Long.parseLong(keys.get(0)), Long.parseLong(keys.get(1))};
        } catch (RuntimeException e) {
            throw io.taizhang.common.errors.ApiException.invalid(field, "is not an event id of this feed");
        }
    }

    private List<Positioned> query(Filter filter, String cursor, int rowLimit) {
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
        params.put("limit", rowLimit);
        Query query = em.createNativeQuery(sql.toString(), "LedgerEntryWithTx");
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Positioned> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new Positioned((LedgerEntry) row[0], (String) row[1]));
        }
        return entries;
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
