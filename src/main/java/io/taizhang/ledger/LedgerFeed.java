package io.taizhang.ledger;

import io.taizhang.common.http.Cursor;
import io.taizhang.common.http.Page;
import io.taizhang.common.jdbc.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

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

    private final DataSource dataSource;

    public LedgerFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An entry with its place in the feed; {@code cursor} resumes right after it (the live feed's event id). */
    public record FeedEntry(LedgerEntryView entry, long tx, String cursor) {
    }

    public Page<LedgerEntryView> page(Filter filter, String cursor, int limit) {
        List<FeedEntry> entries = query(filter, cursor, limit + 1);
        return Page.of(entries, limit, FeedEntry::cursor).map(FeedEntry::entry);
    }

    /** Up to {@code limit} entries after the cursor (from the start when null), each with its own cursor. */
    public List<FeedEntry> entriesAfter(Filter filter, String cursor, int limit) {
        return query(filter, cursor, limit);
    }

    /** The cursor of the newest entry a reader may see now, or null while the ledger is empty. */
    public String head() {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement("""
                SELECT e.tx_id::text, e.id FROM ledger_entry e WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY e.tx_id DESC, e.id DESC LIMIT 1""");
                ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Cursor.encode(SORT, rs.getString(1), rs.getLong(2)) : null;
        } catch (SQLException e) {
            throw Rows.failure("reading the ledger feed", e);
        }
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

    private List<FeedEntry> query(Filter filter, String cursor, int rowLimit) {
        List<String> after = Cursor.decode(cursor, SORT, 2);
        StringBuilder sql = new StringBuilder("SELECT ").append(LedgerEntryRows.COLUMNS).append("""
                , e.tx_id::text FROM ledger_entry e
                WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())""");
        List<Object> params = new ArrayList<>();
        if (filter.unitId() != null) {
            sql.append(" AND e.unit_id = ?");
            params.add(filter.unitId());
        }
        if (filter.kind() != null) {
            sql.append(" AND e.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.problemId() != null) {
            sql.append(" AND e.problem_id = ?");
            params.add(filter.problemId());
        }
        if (filter.since() != null) {
            sql.append(" AND e.occurred_at >= ?");
            params.add(filter.since());
        }
        if (after != null) {
            sql.append(" AND (e.tx_id, e.id) > (CAST(? AS xid8), ?)");
            params.add(String.valueOf(parse(after.get(0))));
            params.add(parse(after.get(1)));
        }
        // a literal row count lets PostgreSQL keep a generic plan (see ProblemReader.search)
        sql.append(" ORDER BY e.tx_id, e.id LIMIT ").append(rowLimit);
        return Rows.list(dataSource, sql.toString(), params, rs -> {
            LedgerEntryView entry = LedgerEntryRows.view(rs);
            String tx = rs.getString(LedgerEntryRows.COLUMN_COUNT + 1);
            return new FeedEntry(entry, Long.parseLong(tx), Cursor.encode(SORT, tx, entry.id()));
        }, "reading the ledger feed");
    }

    private static long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw io.taizhang.common.errors.ApiException.invalid("cursor", "is not a cursor this service issued");
        }
    }
}
