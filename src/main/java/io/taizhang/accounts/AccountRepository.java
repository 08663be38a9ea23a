package io.taizhang.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.taizhang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, Long> {

    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** People's accounts in id order, one more than the limit to detect a next page. */
    public List<Account> page(long afterId, int limit) {
        return find("role <> ?1 and id > ?2 order by id", Role.SYSTEM, afterId).page(0, limit + 1).list();
    }
}
