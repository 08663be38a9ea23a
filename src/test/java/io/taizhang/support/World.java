package io.taizhang.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The data every test starts from: mutable tables emptied, then one liaison per seeded unit, two
 * inspectors, a steering member, a dashboard and an admin, each with a fresh token, and a
 * campaign with one meeting. Written with plain SQL as a superuser so it is fast and bypasses
 * the append-only triggers that would (rightly) refuse the reset.
 */
public final class World {

    public record Actor(long accountId, String username, String token, Long unitId) {
    }

    public final Map<String, Actor> actors = new HashMap<>();
    public final Map<String, Long> units = new HashMap<>();
    public long campaignId;
    public long meetingId;

    private static final String RESET = """
            SET LOCAL session_replication_role = replica;
            TRUNCATE ledger_entry, evidence, verification, extension_request, urge, escalation, look_back,
                     revision_cycle, theme_problem, theme, job_run, measure, problem, ledger_number_counter,
                     idempotency_record, meeting, campaign, api_token;
            DELETE FROM account WHERE role <> 'SYSTEM';
            DELETE FROM unit WHERE code NOT IN ('CC1','CC2','CC3','CC4','CC5','CC6','IPC','NJC','CIAJ','PCNM','PCP','OSC','ITSC');
            UPDATE unit SET active = true;
            """;

    public static World reset() {
        World world = new World();
        try (Connection c = TestDatabase.superuser()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(RESET);
                try (ResultSet rows = s.executeQuery("SELECT code, id FROM unit")) {
                    while (rows.next()) {
                        world.units.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            for (Map.Entry<String, Long> unit : world.units.entrySet()) {
                world.add(c, "liaison-" + unit.getKey().toLowerCase(), "LIAISON", unit.getValue());
            }
            world.add(c, "inspector", "INSPECTOR", null);
            world.add(c, "inspector2", "INSPECTOR", null);
            world.add(c, "steering", "STEERING", null);
            world.add(c, "dashboard", "DASHBOARD", null);
            world.add(c, "admin", "ADMIN", null);
            world.campaignId = insertReturningId(c, """
                    INSERT INTO campaign (id, code, title, starts_on, created_at, updated_at)
                    VALUES (nextval('campaign_seq'), 'THEME-EDU-2023', '2023年主题教育', DATE '2023-04-01', now(), now())
                    RETURNING id""");
            world.meetingId = insertReturningId(c, """
                    INSERT INTO meeting (id, campaign_id, held_on, title, kind, created_at, updated_at)
                    VALUES (nextval('meeting_seq'), %d, DATE '2023-06-16', '巡回指导电视电话会议', 'TELECONFERENCE', now(), now())
                    RETURNING id""".formatted(world.campaignId));
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database", e);
        }
        return world;
    }

    public Actor actor(String username) {
        Actor a = actors.get(username);
        if (a == null) {
            throw new IllegalArgumentException("no test actor " + username);
        }
        return a;
    }

    public Actor liaisonOf(String unitCode) {
        return actor("liaison-" + unitCode.toLowerCase());
    }

    private void add(Connection c, String username, String role, Long unitId) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO account (id, username, display_name, role, unit_id, created_at, updated_at)
                VALUES (nextval('account_seq'), ?, ?, ?, ?, now(), now()) RETURNING id""")) {
            s.setString(1, username);
            s.setString(2, "Test " + username);
            s.setString(3, role);
            s.setObject(4, unitId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        String token = "tzk_test_" + UUID.randomUUID().toString().replace("-", "");
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO api_token (id, account_id, token_hash, label, created_at, expires_at)
                VALUES (nextval('api_token_seq'), ?, ?, 'test', now(), now() + interval '10 years')""")) {
            s.setLong(1, id);
            s.setBytes(2, sha256(token));
            s.executeUpdate();
        }
        actors.put(username, new Actor(id, username, token, unitId));
    }

    private static long insertReturningId(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
