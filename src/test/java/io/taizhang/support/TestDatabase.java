package io.taizhang.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A private PostgreSQL database per test run, set up like production: migrations run as an owner
 * role, the service connects as a runtime role that owns nothing. Dropped at the end of the run;
 * databases left behind by killed runs are dropped once they are a few hours old.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String OWNER = "taizhang_test_owner";
    public static final String APP = "taizhang_test_app";
    private static final String PREFIX = "taizhang_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm");

    static final String ADMIN_URL = env("TAIZHANG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String ADMIN_USER = env("TAIZHANG_TEST_PG_USER", "postgres");
    static final String ADMIN_PASSWORD = env("TAIZHANG_TEST_PG_PASSWORD", "postgres");

    private static volatile String databaseUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        database = PREFIX + LocalDateTime.now().format(STAMP).toLowerCase() + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = connect(ADMIN_URL); Statement s = admin.createStatement()) {
            dropStale(s);
            createRole(s, OWNER);
            createRole(s, APP);
            s.execute("CREATE DATABASE " + database + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database on " + ADMIN_URL, e);
        }
        databaseUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
        return Map.of(
                "quarkus.datasource.jdbc.url", databaseUrl,
                "quarkus.datasource.username", APP,
                "quarkus.datasource.password", APP,
                "quarkus.flyway.username", OWNER,
                "quarkus.flyway.password", OWNER,
                "quarkus.flyway.placeholders.app_role", APP);
    }

    @Override
    public void stop() {
        try (Connection admin = connect(ADMIN_URL); Statement s = admin.createStatement()) {
            // DROP DATABASE waits for every backend of the cluster to acknowledge; one stuck
            // client elsewhere must not hang this build, so give up and leave it for a later run
            s.execute("SET statement_timeout = '30s'");
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            // a leftover is dropped by a later run once it is stale
        }
    }

    /** A superuser connection to this run's database, for resets and for tampering on purpose. */
    public static Connection superuser() throws SQLException {
        return connect(databaseUrl);
    }

    /** A connection as the runtime role, to prove what the service itself cannot do. */
    public static Connection runtimeRole() throws SQLException {
        return DriverManager.getConnection(databaseUrl, APP, APP);
    }

    static Connection connect(String url) throws SQLException {
        SQLException last = null;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                return DriverManager.getConnection(url, ADMIN_USER, ADMIN_PASSWORD);
            } catch (SQLException e) {
                // the server may be restarting under us; retry connection failures for a minute
                if (e.getSQLState() == null || !e.getSQLState().startsWith("08") && !e.getSQLState().startsWith("57P")) {
                    throw e;
                }
                last = e;
                sleep();
            }
        }
        throw last;
    }

    private static void createRole(Statement s, String role) throws SQLException {
        try {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN PASSWORD '" + role + "'; END IF; END $$");
        } catch (SQLException e) {
            // another run created it at the same moment
            if (!"23505".equals(e.getSQLState()) && !"42710".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void dropStale(Statement s) throws SQLException {
        List<String> stale = new ArrayList<>();
        LocalDateTime cutoff = LocalDateTime.now().minus(6, ChronoUnit.HOURS);
        try (ResultSet rows = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                try {
                    String stamp = name.substring(PREFIX.length(), PREFIX.length() + 13).toUpperCase();
                    if (LocalDateTime.parse(stamp, STAMP).isBefore(cutoff)) {
                        stale.add(name);
                    }
                } catch (RuntimeException unparseable) {
                    // not one of ours
                }
            }
        }
        for (String name : stale) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
