package io.taizhang.ledger;

import io.taizhang.common.jdbc.Rows;
import io.taizhang.common.json.RawJson;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ledger entries read in plain JDBC straight into their API view: the {@code changes} jsonb is
 * passed through as PostgreSQL prints it instead of being parsed into a map and printed again.
 */
final class LedgerEntryRows {

    /** The view's columns, in the order {@link #view} reads them (an alias {@code e} for ledger_entry). */
    static final String COLUMNS = """
            e.id, e.problem_id, e.seq, e.measure_id, e.unit_id, e.occurred_at, e.actor_account_id, e.actor_name,
            e.actor_role, e.kind, e.changes::text, e.reason, e.prev_hash, e.hash""";
    static final int COLUMN_COUNT = 14;

    private LedgerEntryRows() {
    }

    static LedgerEntryView view(ResultSet rs) throws SQLException {
        return new LedgerEntryView(rs.getLong(1), rs.getLong(2), rs.getInt(3), Rows.nullableLong(rs, 4), rs.getLong(5),
                Rows.instant(rs, 6), new LedgerEntryView.Actor(rs.getLong(7), rs.getString(8), rs.getString(9)),
                LedgerKind.valueOf(rs.getString(10)), new RawJson(rs.getString(11)), rs.getString(12),
                rs.getString(13), rs.getString(14));
    }
}
