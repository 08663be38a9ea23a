package io.taizhang.supervision.themes;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.IdCursor;
import io.taizhang.common.http.Page;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemRepository;
import io.taizhang.problems.ProblemService;
import io.taizhang.supervision.themes.ThemeDtos.ThemeCreate;
import io.taizhang.supervision.themes.ThemeDtos.ThemeSummary;
import io.taizhang.supervision.themes.ThemeDtos.ThemeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Cross-unit themes (共性问题): an inspector links problems of several units; each keeps its own
 * measures, lights and close-out, and the theme reports their progress side by side.
 */
@ApplicationScoped
public class ThemeService {

    static final String LIST = "themes";

    private final ThemeRepository themes;
    private final ProblemService problems;
    private final ProblemRepository problemRows;
    private final LedgerWriter ledger;
    private final ThemeProgress progress;
    private final BusinessCalendar calendar;

    public ThemeService(ThemeRepository themes, ProblemService problems, ProblemRepository problemRows,
            LedgerWriter ledger, ThemeProgress progress, BusinessCalendar calendar) {
        this.themes = themes;
        this.problems = problems;
        this.problemRows = problemRows;
        this.ledger = ledger;
        this.progress = progress;
        this.calendar = calendar;
    }

    @Transactional
    public ThemeView create(Caller caller, ThemeCreate request) {
        Theme t = new Theme();
        t.title = request.title().strip();
        t.description = request.description().strip();
        t.createdBy = caller.accountId();
        t.createdAt = calendar.now();
        themes.persist(t);
        // ascending ids: two inspectors linking overlapping sets lock problems in the same order
        request.problemIds().stream().sorted().forEach(id -> link(caller, t, id));
        themes.flush();
        return view(caller, t);
    }

    @Transactional
    public ThemeView link(Caller caller, long themeId, long problemId) {
        Theme t = theme(caller, themeId);
        link(caller, t, problemId);
        themes.flush();
        return view(caller, t);
    }

    @Transactional
    public ThemeView unlink(Caller caller, long themeId, long problemId) {
        Theme t = theme(caller, themeId);
        Problem p = problems.lockVisible(caller, problemId);
        if (!themes.unlink(t.id, p.id)) {
            // both records exist and are visible; only the link is missing
            throw ApiException.conflict("problem " + problemId + " is not linked to this theme");
        }
        ledger.append(p, null, caller, LedgerKind.THEME_UNLINKED,
                Changes.of().value("themeId", t.id).value("theme", t.title), null);
        themes.flush();
        return view(caller, t);
    }

    public ThemeView get(Caller caller, long themeId) {
        return view(caller, theme(caller, themeId));
    }

    public Page<ThemeSummary> list(Caller caller, String cursor, int limit) {
        List<Theme> rows = themes.page(caller.visibleUnitOnly(), IdCursor.after(cursor, LIST), limit);
        return Page.of(rows, limit, t -> IdCursor.of(LIST, t.id)).map(t -> {
            ThemeView v = view(caller, t);
            return new ThemeSummary(t.id, t.title, t.createdAt, v.totals().units(), v.totals().problems(),
                    v.totals().closed());
        });
    }

    private void link(Caller caller, Theme t, long problemId) {
        Problem p = problems.lockVisible(caller, problemId);
        if (!themes.link(t.id, p.id, p.unitId, caller.accountId(), calendar.now())) {
            throw ApiException.conflict("problem " + problemId + " is already linked to this theme");
        }
        ledger.append(p, null, caller, LedgerKind.THEME_LINKED,
                Changes.of().value("themeId", t.id).value("theme", t.title), null);
    }

    /** A liaison sees only its own unit's part of a theme, and no theme without one. */
    private ThemeView view(Caller caller, Theme t) {
        List<Long> ids = themes.problemIds(t.id, caller.visibleUnitOnly());
        return progress.of(t, ids.isEmpty() ? List.of() : problemRows.list("id in ?1", ids), calendar.now());
    }

    private Theme theme(Caller caller, long themeId) {
        Theme t = themes.findByIdOptional(themeId).orElseThrow(() -> ApiException.notFound("theme " + themeId));
        if (caller.visibleUnitOnly() != null && themes.problemIds(t.id, caller.visibleUnitOnly()).isEmpty()) {
            throw ApiException.notFound("theme " + themeId);
        }
        return t;
    }
}
