package io.taizhang.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * With TAIZHANG_BOOTSTRAP_ADMIN_TOKEN set, makes sure an admin account ("admin") exists and
 * accepts that token, so a fresh deployment can be administered. A token revoked by an admin is
 * not brought back.
 */
@ApplicationScoped
public class BootstrapAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final TaizhangConfig config;
    private final AccountRepository accounts;
    private final TokenService tokens;
    private final BusinessCalendar calendar;

    public BootstrapAdmin(TaizhangConfig config, AccountRepository accounts, TokenService tokens,
            BusinessCalendar calendar) {
        this.config = config;
        this.accounts = accounts;
        this.tokens = tokens;
        this.calendar = calendar;
    }

    void onStart(@Observes StartupEvent event) {
        config.bootstrapAdminToken().filter(t -> !t.isBlank()).ifPresent(token -> {
            QuarkusTransaction.requiringNew().run(() -> {
                Account admin = ensureAdmin();
                tokens.storeGiven(admin, "bootstrap (TAIZHANG_BOOTSTRAP_ADMIN_TOKEN)", token.strip(),
                        calendar.now().plus(Duration.ofDays(366)));
            });
            LOG.info("bootstrap admin account '" + USERNAME + "' is ready");
        });
    }

    Account ensureAdmin() {
        return accounts.findByUsername(USERNAME).orElseGet(() -> {
            Instant now = calendar.now();
            Account a = new Account();
            a.username = USERNAME;
            a.displayName = "Administrator";
            a.role = Role.ADMIN;
            a.createdAt = now;
            a.updatedAt = now;
            accounts.persistAndFlush(a);
            return a;
        });
    }
}
