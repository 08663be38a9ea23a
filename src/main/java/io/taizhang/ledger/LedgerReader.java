package io.taizhang.ledger;

import io.taizhang.common.jdbc.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

/** One problem's entries for reading, in plain JDBC straight into views (see {@link LedgerEntryRows}). */
@ApplicationScoped
public class LedgerReader {

    // row counts are written into the text, not bound, so that PostgreSQL can keep a generic plan
    // (see ProblemReader.search); the callers' counts are a handful of bounded values
    private static final String HISTORY = "SELECT " + LedgerEntryRows.COLUMNS
            + " FROM ledger_entry e WHERE e.problem_id = ? AND e.seq > ? ORDER BY e.seq LIMIT ";
    private static final String LATEST = "SELECT " + LedgerEntryRows.COLUMNS
            + " FROM ledger_entry e WHERE e.problem_id = ? ORDER BY e.seq DESC LIMIT ";

    private final DataSource dataSource;

    public LedgerReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A problem's entries after {@code afterSeq}, in chain order, up to {@code rowLimit}. */
    List<LedgerEntryView> history(long problemId, int afterSeq, int rowLimit) {
        return query(HISTORY + rowLimit, problemId, afterSeq);
    }

    /** A problem's newest entries, newest first, on a connection the caller holds. */
    public List<LedgerEntryView> latest(Connection c, long problemId, int count) {
        return Rows.list(c, LATEST + count, List.of(problemId), LedgerEntryRows::view, "reading a problem's ledger");
    }

    private List<LedgerEntryView> query(String sql, Object... params) {
        return Rows.list(dataSource, sql, List.of(params), LedgerEntryRows::view, "reading a problem's ledger");
    }
}
