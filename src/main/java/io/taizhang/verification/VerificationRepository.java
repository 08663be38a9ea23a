package io.taizhang.verification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class VerificationRepository implements PanacheRepositoryBase<Verification, Long> {

    public List<Verification> ofProblem(long problemId) {
        return list("problemId = ?1 order by id", problemId);
    }
}
