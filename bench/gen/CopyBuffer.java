import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.postgresql.PGConnection;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent in one COPY per batch. COPY is the
 * fastest honest way in: the rows still pass every CHECK, unique and not-null constraint.
 */
final class CopyBuffer {

    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 20);
    private boolean lineStarted;
    private long count;
    /** Time spent in COPY, for the generator's closing report. */
    long nanos;

    CopyBuffer(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    CopyBuffer add(Object value) {
        if (lineStarted) {
            rows.append('\t');
        }
        lineStarted = true;
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Instant i) {
            rows.append(OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
        } else if (value instanceof Collection<?> c) {
            // text[] literal; our values never contain quotes, commas or braces
            rows.append('{').append(String.join(",", c.stream().map(String::valueOf).toList())).append('}');
        } else if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
            rows.append(value);
        } else {
            escape(value.toString());
        }
        return this;
    }

    void end() {
        rows.append('\n');
        lineStarted = false;
        count++;
    }

    String table() {
        return table;
    }

    long count() {
        return count;
    }

    void flush(Connection c) throws SQLException, IOException {
        if (rows.length() == 0) {
            return;
        }
        c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
        rows.setLength(0);
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(ch);
            }
        }
    }
}
