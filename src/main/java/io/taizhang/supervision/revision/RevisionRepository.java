package io.taizhang.supervision.revision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<RevisionCycle, Long> {

    public List<RevisionCycle> ofProblem(long problemId) {
        return list("problemId = ?1 order by cycle", problemId);
    }

    public RevisionCycle cycle(long problemId, int cycle) {
        return find("problemId = ?1 and cycle = ?2", problemId, cycle).singleResult();
    }
}
