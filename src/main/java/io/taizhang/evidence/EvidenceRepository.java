package io.taizhang.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, Long> {

    public List<Evidence> ofMeasure(long measureId) {
        return list("measureId = ?1 order by id", measureId);
    }
}
