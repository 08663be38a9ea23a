package io.taizhang.measures;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, Long> {

    public List<Measure> ofProblem(long problemId) {
        return list("problemId = ?1 order by id", problemId);
    }

    /** The problem a measure belongs to, read without loading or locking the measure. */
    public Long problemOf(long measureId) {
        return find("select m.problemId from Measure m where m.id = ?1", measureId)
                .project(Long.class).firstResult();
    }
}
