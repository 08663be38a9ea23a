package io.taizhang.common.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Small helpers for the read paths that map rows by hand: a page of 50 problems read through
 * Hibernate cost several times the SQL itself (entity instantiation, persistence context,
 * enhancement interceptors), and these paths need none of it.
 */
public final class Rows {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /**
     * Runs a query on a connection of its own (or the transaction's, inside one) and maps every
     * row; a failure names {@code what} was being read and keeps the SQLSTATE for the mappers.
     */
    public static <T> List<T> list(DataSource dataSource, String sql, List<Object> params, Mapper<T> mapper, String what) {
        try (Connection c = dataSource.getConnection()) {
            return list(c, sql, params, mapper, what);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** The same on a connection the caller holds: reads that belong together borrow it once. */
    public static <T> List<T> list(Connection c, String sql, List<Object> params, Mapper<T> mapper, String what) {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static String[] textArray(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** An unchecked wrapper; the exception mappers classify the SQLSTATE inside (503 for an outage). */
    public static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }

    /** Binds positional parameters; the driver takes no Instant, so those go as timestamps. */
    public static void bind(PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
