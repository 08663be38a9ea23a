package io.taizhang.measures;

import io.taizhang.common.jdbc.Detached;
import io.taizhang.common.jdbc.Rows;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.problems.Problem;
import io.taizhang.supervision.lights.TrafficLight;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * A problem's measures for reading, in plain JDBC (detached {@link Measure} objects, never
 * written back): the problem detail and the measure list need no persistence context.
 */
@ApplicationScoped
public class MeasureReader {

    private static final String SQL = """
            SELECT m.id, m.problem_id, m.unit_id, m.title, m.description, m.owner, m.original_deadline, m.deadline,
                   m.status, m.progress_percent, m.evidence_count, m.created_by, m.created_at, m.updated_at,
                   m.started_at, m.completed_at, m.light_yellow_at, m.light_red_at, m.light_seen, m.yellow_spells,
                   m.version
            FROM measure m WHERE m.problem_id = ? ORDER BY m.id""";

    private final MeasureViews views;
    private final BusinessCalendar calendar;

    public MeasureReader(MeasureViews views, BusinessCalendar calendar) {
        this.views = views;
        this.calendar = calendar;
    }

    /**
     * The views of a problem's measures for this caller, on a connection the caller holds (it
     * read the problem and checked its visibility on it).
     */
    public List<MeasureView> ofProblem(Connection c, Caller caller, Problem p) {
        Instant now = calendar.now();
        return Rows.list(c, SQL, List.of(p.id), MeasureReader::row, "reading measures").stream()
                .map(m -> views.of(m, p.status, caller, now)).toList();
    }

    private static Measure row(ResultSet rs) throws SQLException {
        Measure m = Detached.untracked(new Measure());
        m.id = rs.getLong(1);
        m.problemId = rs.getLong(2);
        m.unitId = rs.getLong(3);
        m.title = rs.getString(4);
        m.description = rs.getString(5);
        m.owner = rs.getString(6);
        m.originalDeadline = Rows.date(rs, 7);
        m.deadline = Rows.date(rs, 8);
        m.status = MeasureStatus.valueOf(rs.getString(9));
        m.progressPercent = rs.getInt(10);
        m.evidenceCount = rs.getInt(11);
        m.createdBy = rs.getLong(12);
        m.createdAt = Rows.instant(rs, 13);
        m.updatedAt = Rows.instant(rs, 14);
        m.startedAt = Rows.instant(rs, 15);
        m.completedAt = Rows.instant(rs, 16);
        m.lightYellowAt = Rows.instant(rs, 17);
        m.lightRedAt = Rows.instant(rs, 18);
        m.lightSeen = Rows.enumOf(TrafficLight.class, rs.getString(19));
        m.yellowSpells = rs.getInt(20);
        m.version = rs.getInt(21);
        return m;
    }
}
