package io.taizhang.problems;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ProblemRepository implements PanacheRepositoryBase<Problem, Long> {

    /** Loads the problem row FOR UPDATE: every write to a problem and its chain goes through here. */
    public Optional<Problem> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
