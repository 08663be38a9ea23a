package io.taizhang.supervision.extensions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.taizhang.supervision.Where;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ExtensionRepository implements PanacheRepositoryBase<ExtensionRequest, Long> {

    public List<ExtensionRequest> ofProblem(long problemId) {
        return list("problemId = ?1 order by id", problemId);
    }

    public Optional<ExtensionRequest> pendingFor(long problemId, Long measureId) {
        return measureId == null
                ? find("problemId = ?1 and measureId is null and status = ?2", problemId, ExtensionStatus.PENDING)
                        .firstResultOptional()
                : find("problemId = ?1 and measureId = ?2 and status = ?3", problemId, measureId, ExtensionStatus.PENDING)
                        .firstResultOptional();
    }

    /** One page, newest first (keyset on id). */
    public List<ExtensionRequest> search(Long unitId, ExtensionStatus status, Long afterId, int limit) {
        Where where = new Where().and("unitId = ?", unitId).and("status = ?", status).and("id < ?", afterId);
        return find(where.orderBy("id desc"), where.params()).page(0, limit + 1).list();
    }
}
