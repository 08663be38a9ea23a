package io.taizhang.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, Long> {

    public List<Meeting> page(long campaignId, long afterId, int limit) {
        return find("campaignId = ?1 and id > ?2 order by id", campaignId, afterId).page(0, limit + 1).list();
    }
}
