package io.taizhang.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, Long> {

    public List<ApiToken> ofAccount(long accountId) {
        return list("accountId = ?1 order by id", accountId);
    }

    public Optional<ApiToken> findByHash(byte[] hash) {
        return find("tokenHash", hash).firstResultOptional();
    }
}
