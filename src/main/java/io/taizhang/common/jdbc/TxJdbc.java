package io.taizhang.common.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Plain JDBC on the current transaction's own connection (the Hibernate session's), for the few
 * statements every write sends: Idempotency-Key claim and answer, ledger number, the filing's
 * rows. Through Hibernate each of them paid for parsing the SQL for parameters, building a query
 * object and flushing the session first; here it is a prepared statement, which the driver keeps
 * prepared on the connection. Failures arrive as Hibernate's JDBCException with the driver's
 * SQLException as cause, so they are classified (503, 409, ...) like any other database failure.
 * The read paths' helpers, which take their own connection, are in {@link Rows}.
 */
@ApplicationScoped
public class TxJdbc {

    private final EntityManager em;

    public TxJdbc(EntityManager em) {
        this.em = em;
    }

    /** A statement that changes rows; the number of rows changed. */
    public int update(String sql, Object... params) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    /** A statement whose single result is one number (e.g. an upsert's RETURNING). */
    public long number(String sql, Object... params) {
        return row(sql, rs -> rs.getLong(1), params);
    }

    /** Reads one row. */
    public <T> T row(String sql, Rows.Mapper<T> row, Object... params) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row from: " + sql);
                }
                return row.map(rs);
            }
        });
    }

    /** The next id of an entity, from the entity's own generator: the ranges Hibernate allocates. */
    public long nextId(Class<?> entity, Object instance) {
        SharedSessionContractImplementor session = session();
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator();
        return ((Number) ids.generate(session, instance, null, EventType.INSERT)).longValue();
    }

    /** Runs work with the transaction's connection. */
    public void work(org.hibernate.jdbc.Work work) {
        session().doWork(work);
    }

    private SharedSessionContractImplementor session() {
        return em.unwrap(SharedSessionContractImplementor.class);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            Rows.bind(ps, Arrays.asList(params));
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
