package io.taizhang.units;

import io.taizhang.common.jdbc.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Unit codes by id, for responses that show "IPC" next to a unit id. Codes never change once a
 * unit exists, so a cached code is never stale, on any instance. A miss reloads every code in one
 * query (a national rollout has a few thousand units), outside any lock and on a connection of
 * its own that it gives back at once: a request that already holds a connection and shows a
 * unit never waits for a second one while holding a map lock.
 */
@ApplicationScoped
public class UnitDirectory {

    private final DataSource dataSource;
    private final Map<Long, String> codes = new ConcurrentHashMap<>();

    public UnitDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String code(long unitId) {
        String code = codes.get(unitId);
        if (code == null) {
            List<Object[]> rows = Rows.list(dataSource, "SELECT id, code FROM unit", List.of(),
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}, "reading unit codes");
            rows.forEach(r -> codes.put((Long) r[0], (String) r[1]));
            code = codes.get(unitId);
        }
        return code;
    }
}
