package io.taizhang.supervision;

import io.taizhang.common.security.Caller;
import io.taizhang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The account scheduled work writes the ledger as ("system", seeded by V2). Entries the clock
 * brings about (a light that turned RED overnight, an escalation proposal) name it as their actor.
 */
@ApplicationScoped
public class SystemActor {

    private final EntityManager em;
    private volatile Caller caller;

    public SystemActor(EntityManager em) {
        this.em = em;
    }

    public Caller caller() {
        Caller c = caller;
        if (c == null) {
            Object[] row = (Object[]) em.createNativeQuery(
                    "SELECT id, username, display_name FROM account WHERE username = 'system' AND role = 'SYSTEM'")
                    .getSingleResult();
            c = new Caller(((Number) row[0]).longValue(), (String) row[1], (String) row[2], Role.SYSTEM, null);
            caller = c;
        }
        return c;
    }
}
