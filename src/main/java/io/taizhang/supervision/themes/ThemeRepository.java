package io.taizhang.supervision.themes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Themes, and their links to problems (native SQL: a link is a plain row, not an entity). */
@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, Long> {

    public boolean link(long themeId, long problemId, long unitId, long by, Instant at) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO theme_problem (theme_id, problem_id, unit_id, linked_by, linked_at)
                VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, themeId).setParameter(2, problemId).setParameter(3, unitId).setParameter(4, by)
                .setParameter(5, Timestamp.from(at)).executeUpdate() == 1;
    }

    public boolean unlink(long themeId, long problemId) {
        return getEntityManager().createNativeQuery("DELETE FROM theme_problem WHERE theme_id = ?1 AND problem_id = ?2")
                .setParameter(1, themeId).setParameter(2, problemId).executeUpdate() == 1;
    }

    /** The linked problems' ids, restricted to one unit when {@code unitId} is not null. */
    public List<Long> problemIds(long themeId, Long unitId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                SELECT problem_id FROM theme_problem WHERE theme_id = ?1 AND (?2 = 0 OR unit_id = ?2)
                ORDER BY problem_id""")
                .setParameter(1, themeId).setParameter(2, unitId == null ? 0L : unitId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** One page of themes, newest first; for a liaison only those linking one of its unit's problems. */
    public List<Theme> page(Long unitId, Long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Theme> rows = getEntityManager().createNativeQuery("""
                SELECT t.* FROM theme t
                WHERE (?1 = 0 OR EXISTS (SELECT 1 FROM theme_problem l WHERE l.theme_id = t.id AND l.unit_id = ?1))
                  AND (?2 = 0 OR t.id < ?2)
                ORDER BY t.id DESC LIMIT ?3""", Theme.class)
                .setParameter(1, unitId == null ? 0L : unitId).setParameter(2, afterId == null ? 0L : afterId)
                .setParameter(3, limit + 1).getResultList();
        return rows;
    }
}
