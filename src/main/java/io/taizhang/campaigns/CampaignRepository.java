package io.taizhang.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, Long> {

    public Optional<Campaign> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Campaign> page(long afterId, int limit) {
        return find("id > ?1 order by id", afterId).page(0, limit + 1).list();
    }
}
