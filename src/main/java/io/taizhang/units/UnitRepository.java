package io.taizhang.units;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, Long> {

    public Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Unit> page(long afterId, Boolean active, int limit) {
        return active == null
                ? find("id > ?1 order by id", afterId).page(0, limit + 1).list()
                : find("id > ?1 and active = ?2 order by id", afterId, active).page(0, limit + 1).list();
    }
}
