package io.taizhang.units;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unit codes by id, for responses that show "IPC" next to a unit id. Codes never change once a
 * unit exists, so a cached code is never stale, on any instance.
 */
@ApplicationScoped
public class UnitDirectory {

    private final UnitRepository units;
    private final Map<Long, String> codes = new ConcurrentHashMap<>();

    public UnitDirectory(UnitRepository units) {
        this.units = units;
    }

    public String code(long unitId) {
        return codes.computeIfAbsent(unitId, id -> units.findByIdOptional(id).map(u -> u.code).orElse(null));
    }
}
