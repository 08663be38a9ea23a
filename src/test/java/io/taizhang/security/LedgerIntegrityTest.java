package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import io.taizhang.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The ledger's protection in PostgreSQL itself, tried as the role the service connects with: it
 * cannot rewrite, delete or truncate the append-only tables, cannot switch their triggers off or
 * replication mode on, cannot drop or create anything, and owns nothing in the schema. Whatever
 * a bug or an attacker does through the service, the history stays.
 */
@QuarkusTest
class LedgerIntegrityTest extends ApiTest {

    private static final List<String> APPEND_ONLY = List.of("ledger_entry", "evidence", "verification");

    @TestFactory
    Stream<DynamicTest> theRuntimeRoleCannotChangeAppendOnlyTables() throws SQLException {
        scenario.closedProblem("IPC");
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : APPEND_ONLY) {
            assertTrue(rows(table) > 0, table + " has rows to protect");
            List<String> attacks = List.of(
                    "UPDATE " + table + " SET id = id",
                    "DELETE FROM " + table,
                    "TRUNCATE " + table,
                    "TRUNCATE " + table + " CASCADE",
                    "ALTER TABLE " + table + " DISABLE TRIGGER ALL",
                    "ALTER TABLE " + table + " DISABLE TRIGGER USER",
                    "DROP TABLE " + table,
                    "ALTER TABLE " + table + " OWNER TO " + TestDatabase.APP);
            for (String attack : attacks) {
                tests.add(dynamicTest(attack + " as the runtime role → refused, rows intact",
                        () -> refusedAndIntact(table, attack)));
            }
        }
        tests.add(dynamicTest("SET session_replication_role = replica as the runtime role → refused",
                () -> refused("SET session_replication_role = replica")));
        tests.add(dynamicTest("DROP TRIGGER ledger_entry_no_update_delete as the runtime role → refused",
                () -> refused("DROP TRIGGER ledger_entry_no_update_delete ON ledger_entry")));
        tests.add(dynamicTest("CREATE TABLE as the runtime role → refused", () -> refused("CREATE TABLE sneaky (id int)")));
        tests.add(dynamicTest("CREATE FUNCTION as the runtime role → refused",
                () -> refused("CREATE FUNCTION sneaky() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$")));
        return tests.stream();
    }

    @Test
    void evenTheOwnerCannotRewriteTheLedgerWithTheTriggersOn() throws SQLException {
        scenario.closedProblem("IPC");
        try (Connection superuser = TestDatabase.superuser(); Statement s = superuser.createStatement()) {
            for (String table : APPEND_ONLY) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute("UPDATE " + table + " SET id = id"));
                assertTrue(e.getMessage().contains("append-only") || e.getMessage().contains("ledger"), e.getMessage());
                assertThrows(SQLException.class, () -> s.execute("DELETE FROM " + table));
                assertThrows(SQLException.class, () -> s.execute("TRUNCATE " + table + " CASCADE"));
            }
        }
    }

    @Test
    void theRuntimeRoleOwnsNothingAndHoldsNoPowers() throws SQLException {
        try (Connection app = TestDatabase.runtimeRole(); Statement s = app.createStatement()) {
            assertEquals(0, count(s, """
                    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"""), "tables, sequences, views");
            assertEquals(0, count(s, "SELECT count(*) FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"),
                    "functions");
            assertEquals(0, count(s, "SELECT count(*) FROM pg_type WHERE typowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"),
                    "types");
            assertEquals(0, count(s, "SELECT count(*) FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"),
                    "schemas");
            assertEquals(0, count(s, "SELECT count(*) FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)"),
                    "databases");
            try (ResultSet r = s.executeQuery("SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls "
                    + "FROM pg_roles WHERE rolname = current_user")) {
                r.next();
                for (int i = 1; i <= 5; i++) {
                    assertFalse(r.getBoolean(i), r.getMetaData().getColumnName(i));
                }
            }
            assertEquals(0, count(s, "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                    + "WHERE r.rolname = current_user"), "member of no other role (so it inherits no owner's rights)");
            assertFalse(bool(s, "SELECT has_schema_privilege(current_schema(), 'CREATE')"), "CREATE on the schema");
        }
    }

    private void refusedAndIntact(String table, String attack) throws SQLException {
        long before = rows(table);
        refused(attack);
        assertEquals(before, rows(table), table + " rows");
    }

    private static void refused(String sql) throws SQLException {
        try (Connection app = TestDatabase.runtimeRole(); Statement s = app.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
            // 42501 insufficient privilege; P0001 the append-only trigger; 42809/55000 wrong object state
            assertTrue(List.of("42501", "P0001", "42809", "55000").contains(e.getSQLState()),
                    () -> sql + " failed for another reason: " + e.getSQLState() + " " + e.getMessage());
        }
    }

    private static long rows(String table) throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            return count(s, "SELECT count(*) FROM " + table);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean bool(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBoolean(1);
        }
    }
}
