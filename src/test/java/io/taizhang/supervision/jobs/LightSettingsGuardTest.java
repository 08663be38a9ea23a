package io.taizhang.supervision.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.supervision.SupervisionApiTest;
import io.taizhang.support.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Stored thresholds follow the light settings: when the settings the thresholds were computed with
 * differ from this instance's (an operator changed the window or margin and restarted), every
 * threshold is recomputed once, and the list and the detail agree with the new settings.
 */
@QuarkusTest
class LightSettingsGuardTest extends SupervisionApiTest {

    @Inject
    LightSettingsGuard guard;

    @Test
    void thresholdsComputedWithOtherSettingsAreRecomputedOnce() throws SQLException {
        long[] pm = problemWithStartedMeasure("IPC");
        String yellowAt = measure(pm[1]).getString("lightYellowAt");
        String problemYellowAt = problem(pm[0]).getString("lightYellowAt");
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            // as if computed with a 30-day window by an instance configured so
            s.executeUpdate("UPDATE supervision_setting SET value = 'v1;window=30;margin=20;zone=Asia/Shanghai'");
            s.executeUpdate("UPDATE measure SET light_yellow_at = light_red_at - interval '30 days'");
            s.executeUpdate("UPDATE problem SET light_yellow_at = light_red_at - interval '30 days'");
        }
        assertTrue(guard.ensureCurrent() >= 1);
        assertEquals(yellowAt, measure(pm[1]).getString("lightYellowAt"));
        assertEquals(problemYellowAt, problem(pm[0]).getString("lightYellowAt"));
        assertEquals(0, guard.ensureCurrent());
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT value FROM supervision_setting WHERE name = 'light-thresholds'")) {
            r.next();
            assertEquals("v1;window=7;margin=20;zone=Asia/Shanghai", r.getString(1));
        }
    }
}
