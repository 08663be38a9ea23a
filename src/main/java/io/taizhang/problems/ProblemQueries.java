package io.taizhang.problems;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Cursor;
import io.taizhang.common.http.Page;
import io.taizhang.common.jdbc.Rows;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.LedgerEntryView;
import io.taizhang.ledger.LedgerReader;
import io.taizhang.measures.MeasureReader;
import io.taizhang.measures.MeasureView;
import io.taizhang.problems.ProblemDtos.ProblemView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** Reading problems with the caller's visibility: the list, export batches and one problem. */
@ApplicationScoped
public class ProblemQueries {

    private final DataSource dataSource;
    private final ProblemReader reader;
    private final MeasureReader measures;
    private final LedgerReader ledger;
    private final ProblemViews views;
    private final BusinessCalendar calendar;

    public ProblemQueries(DataSource dataSource, ProblemReader reader, MeasureReader measures, LedgerReader ledger,
            ProblemViews views, BusinessCalendar calendar) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.measures = measures;
        this.ledger = ledger;
        this.views = views;
        this.calendar = calendar;
    }

    /** A problem's detail view and its entity tag. */
    public record Detail(ProblemView view, String etag) {
    }

    /**
     * The problem with its measures and its newest ledger entries, if the caller can see it
     * (otherwise 404, exactly like a missing one): three reads on one borrowed connection.
     */
    public Detail detail(Caller caller, long id, int recentEntries) {
        Problem p;
        List<MeasureView> measureViews;
        List<LedgerEntryView> recent;
        try (Connection c = dataSource.getConnection()) {
            p = visible(c, caller, id);
            measureViews = measures.ofProblem(c, caller, p);
            recent = ledger.latest(c, p.id, recentEntries);
        } catch (SQLException e) {
            throw Rows.failure("reading a problem", e);
        }
        // built after the connection is back in the pool: a view may look up a unit's code
        return new Detail(views.of(p, caller).withDetail(measureViews, recent), views.etag(p));
    }

    /** A visible problem's measures (404 like a missing problem otherwise), on one borrowed connection. */
    public List<MeasureView> measures(Caller caller, long id) {
        try (Connection c = dataSource.getConnection()) {
            return measures.ofProblem(c, caller, visible(c, caller, id));
        } catch (SQLException e) {
            throw Rows.failure("reading a problem's measures", e);
        }
    }

    private Problem visible(Connection c, Caller caller, long id) {
        return reader.find(c, id).filter(x -> caller.canSeeUnit(x.unitId))
                .orElseThrow(() -> ApiException.notFound("problem " + id));
    }

    public Page<ProblemView> list(Caller caller, ProblemFilter filter, ProblemSort sort, String cursor, int limit) {
        Long own = caller.visibleUnitOnly();
        if (own != null && filter.unitId() != null && !own.equals(filter.unitId())) {
            return new Page<>(List.of(), null);
        }
        ProblemFilter visible = own == null ? filter : filter.restrictedTo(own);
        // one instant for the filter and every row, so a row never shows another light than the filter asked for
        Instant now = calendar.now();
        List<Problem> rows = reader.search(visible, sort, cursor, limit, now, LocalDate.ofInstant(now, calendar.zone()));
        return Page.of(rows, limit, p -> Cursor.encode(sort.param(), sort.keyOf(p), p.id))
                .map(p -> views.of(p, caller, now));
    }

    /**
     * One keyset batch of the filtered problems, in filing order, with the caller's visibility:
     * for exports that walk the whole list a batch at a time. {@code now} is fixed by the caller
     * for the whole walk, so the light filter means the same in every batch.
     */
    public Page<Problem> batch(Caller caller, ProblemFilter filter, String cursor, int size, Instant now) {
        Long own = caller.visibleUnitOnly();
        if (own != null && filter.unitId() != null && !own.equals(filter.unitId())) {
            return new Page<>(List.of(), null);
        }
        ProblemFilter visible = own == null ? filter : filter.restrictedTo(own);
        ProblemSort sort = ProblemSort.OLDEST;
        List<Problem> rows = reader.search(visible, sort, cursor, size, now, LocalDate.ofInstant(now, calendar.zone()));
        return Page.of(rows, size, p -> Cursor.encode(sort.param(), sort.keyOf(p), p.id));
    }
}
