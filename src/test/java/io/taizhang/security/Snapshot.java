package io.taizhang.security;

import io.taizhang.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fingerprint of every table in the service's schema (row count and a hash of the rows), so a
 * battery can prove that a refused request changed nothing at all, not just the table it aimed at.
 * Tables are listed from the catalogue: a table added later is covered too.
 */
final class Snapshot implements AutoCloseable {

    private final Connection connection;
    private final String query;

    Snapshot() {
        try {
            connection = TestDatabase.superuser();
            List<String> tables = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                      AND table_name <> 'flyway_schema_history' ORDER BY table_name""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            query = tables.stream()
                    .map(t -> "SELECT '" + t + "' || ':' || count(*) || ':' || coalesce(md5(string_agg(x::text, '|' "
                            + "ORDER BY x::text)), '-') FROM " + t + " x")
                    .collect(Collectors.joining(" UNION ALL ", "SELECT string_agg(f, ' ') FROM (", ") d(f)"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database's tables", e);
        }
    }

    /** The fingerprint of the whole schema as it stands now. */
    String take() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the database", e);
        }
    }

    /** One number from a query, for fixtures that need an id the API does not hand out. */
    long scalar(String sql) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection dies with the test database anyway
        }
    }
}
