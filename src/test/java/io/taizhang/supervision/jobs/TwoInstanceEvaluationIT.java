package io.taizhang.supervision.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taizhang.ledger.LedgerHasher;
import io.taizhang.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service, on different ports, against one database, both running
 * the scheduled evaluation every two seconds. Twenty problems have been RED for 20 days: each must
 * get exactly one light-change entry and one escalation proposal, written as the system account,
 * and every period must have been run by exactly one instance while the other skipped it.
 */
class TwoInstanceEvaluationIT {

    static final int PROBLEMS = 20;
    static final Pattern CLAIMED = Pattern.compile("evaluation period (\\S+) claimed by ");
    static final Pattern SKIPPED = Pattern.compile("evaluation period (\\S+) already claimed by another run");

    static TestDatabase database;
    static final List<PackagedInstance> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = new TestDatabase();
        Map<String, String> settings = new HashMap<>(database.start());
        settings.put("quarkus.datasource.jdbc.max-size", "4");
        settings.put("quarkus.datasource.jdbc.min-size", "1");
        settings.put("taizhang.supervision.evaluation.cron", "*/2 * * * * ?");
        instances.add(PackagedInstance.start("instance-a", settings));
        instances.add(PackagedInstance.start("instance-b", settings));
        for (PackagedInstance instance : instances) {
            instance.awaitReady(Duration.ofMinutes(2));
        }
    }

    @AfterAll
    static void stopThem() throws Exception {
        for (PackagedInstance instance : instances) {
            instance.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void theScheduledEvaluationWritesEachEscalationExactlyOnce() throws Exception {
        seedProblemsRedForTwentyDays();
        awaitCount("SELECT count(*) FROM ledger_entry WHERE kind = 'ESCALATION_PROPOSED'", PROBLEMS);
        // both instances fire three more periods over the same facts: nothing more may be written
        awaitContendedPeriods(contendedPeriods().size() + 3);

        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            assertEquals(PROBLEMS, count(s, "SELECT count(*) FROM escalation"));
            assertEquals(PROBLEMS, count(s, "SELECT count(DISTINCT problem_id) FROM escalation WHERE status = 'PROPOSED'"));
            assertEquals(0, count(s, """
                    SELECT count(*) FROM (SELECT problem_id FROM ledger_entry WHERE kind IN ('ESCALATION_PROPOSED', 'LIGHT_CHANGED')
                    GROUP BY problem_id, kind HAVING count(*) <> 1) AS duplicated"""));
            assertEquals(2 * PROBLEMS, count(s, """
                    SELECT count(*) FROM ledger_entry e JOIN account a ON a.id = e.actor_account_id
                    WHERE e.kind IN ('ESCALATION_PROPOSED', 'LIGHT_CHANGED') AND a.username = 'system' AND e.actor_role = 'SYSTEM'"""));
            assertEquals(0, count(s, "SELECT count(*) FROM problem p WHERE ledger_seq <> "
                    + "(SELECT count(*) FROM ledger_entry e WHERE e.problem_id = p.id)"));
        }

        Set<String> claimedByA = periods(instances.get(0), CLAIMED);
        Set<String> claimedByB = periods(instances.get(1), CLAIMED);
        Set<String> both = new HashSet<>(claimedByA);
        both.retainAll(claimedByB);
        assertTrue(both.isEmpty(), "periods run by both instances: " + both);
        assertFalse(claimedByA.isEmpty() && claimedByB.isEmpty(), "no instance ran the evaluation");
    }

    /**
     * Problems whose deadline passed 21 days ago, thresholds as the service stores them, last seen
     * GREEN: the evaluation must record one change to RED and one proposal for each.
     */
    private static void seedProblemsRedForTwentyDays() throws SQLException {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate deadline = LocalDate.now(zone).minusDays(21);
        try (Connection c = TestDatabase.superuser()) {
            c.setAutoCommit(false);
            long liaison;
            long campaign;
            try (Statement s = c.createStatement()) {
                liaison = insertReturningId(s, """
                        INSERT INTO account (id, username, display_name, role, unit_id, created_at, updated_at)
                        SELECT nextval('account_seq'), 'liaison-ipc', '联络员', 'LIAISON', id, now(), now()
                        FROM unit WHERE code = 'IPC' RETURNING id""");
                campaign = insertReturningId(s, """
                        INSERT INTO campaign (id, code, title, starts_on, created_at, updated_at)
                        VALUES (nextval('campaign_seq'), 'THEME-EDU-2023', '2023年主题教育', DATE '2023-04-01', now(), now())
                        RETURNING id""");
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO problem (id, ledger_number, unit_id, campaign_id, title, description, category, work_line,
                        source, severity, responsible_person, original_deadline, deadline, status, filed_by, created_at,
                        updated_at, ledger_head, light_yellow_at, light_red_at, light_seen)
                    SELECT nextval('problem_seq'), 'IPC-IT-' || ?, u.id, ?, '整改滞后', '台账式管理力度不够', 'FOLLOW_UP',
                        'INSPECTION_RECTIFICATION', 'SELF_EXAMINATION', 'MEDIUM', '张三', ?, ?, 'IN_RECTIFICATION', ?,
                        now() - interval '60 days', now() - interval '60 days', ?,
                        (CAST(? AS date) - 7)::timestamp AT TIME ZONE 'Asia/Shanghai',
                        (CAST(? AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai', 'GREEN'
                    FROM unit u WHERE u.code = 'IPC'""")) {
                for (int i = 1; i <= PROBLEMS; i++) {
                    p.setInt(1, i);
                    p.setLong(2, campaign);
                    p.setObject(3, deadline);
                    p.setObject(4, deadline);
                    p.setLong(5, liaison);
                    p.setString(6, LedgerHasher.GENESIS);
                    p.setObject(7, deadline);
                    p.setObject(8, deadline);
                    p.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static void awaitCount(String sql, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline) {
            try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
                seen = count(s, sql);
            }
            if (seen >= expected) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("expected " + expected + " from " + sql + " within a minute, saw " + seen);
    }

    /** Waits until {@code n} periods were fired by both instances. */
    private static void awaitContendedPeriods(int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (contendedPeriods().size() >= n) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the two instances did not fire " + n + " common periods within a minute");
    }

    /** Periods both instances fired: run by one of them, skipped by the other. */
    private static Set<String> contendedPeriods() throws Exception {
        Set<String> claimed = new HashSet<>(periods(instances.get(0), CLAIMED));
        claimed.addAll(periods(instances.get(1), CLAIMED));
        Set<String> skipped = new HashSet<>(periods(instances.get(0), SKIPPED));
        skipped.addAll(periods(instances.get(1), SKIPPED));
        skipped.retainAll(claimed);
        return skipped;
    }

    private static Set<String> periods(PackagedInstance instance, Pattern pattern) throws Exception {
        Set<String> periods = new HashSet<>();
        for (String line : instance.logLines()) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                periods.add(m.group(1));
            }
        }
        return periods;
    }

    private static long insertReturningId(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
