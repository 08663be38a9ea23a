package io.taizhang.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.taizhang.accounts.AccountDtos.AccountCreate;
import io.taizhang.accounts.AccountDtos.AccountUpdate;
import io.taizhang.accounts.AccountDtos.AccountView;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.http.Page;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.units.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Accounts are managed by admins; a liaison is always bound to exactly one active unit. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final TokenCache tokenCache;
    private final BusinessCalendar calendar;

    public AccountService(AccountRepository accounts, UnitRepository units, TokenCache tokenCache,
            BusinessCalendar calendar) {
        this.accounts = accounts;
        this.units = units;
        this.tokenCache = tokenCache;
        this.calendar = calendar;
    }

    @Transactional
    public AccountView create(AccountCreate request) {
        if (request.role() == Role.SYSTEM) {
            throw ApiException.invalid("role", "SYSTEM is reserved for the service itself");
        }
        if (request.role() == Role.LIAISON) {
            if (request.unitId() == null) {
                throw ApiException.invalid("unitId", "a liaison must be bound to a unit");
            }
            units.findByIdOptional(request.unitId()).filter(u -> u.active)
                    .orElseThrow(() -> ApiException.invalid("unitId", "no active unit with this id"));
        } else if (request.unitId() != null) {
            throw ApiException.invalid("unitId", "only liaisons are bound to a unit");
        }
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw ApiException.conflict("username " + request.username() + " is taken");
        }
        Instant now = calendar.now();
        Account account = new Account();
        account.username = request.username();
        account.displayName = request.displayName().strip();
        account.role = request.role();
        account.unitId = request.unitId();
        account.createdAt = now;
        account.updatedAt = now;
        accounts.persistAndFlush(account);
        LOG.infof("account %s (%s) created", account.username, account.role);
        return AccountView.from(account);
    }

    /** Deactivation takes effect at once: cached tokens are evicted after the commit. */
    public AccountView update(long id, String ifMatch, AccountUpdate request) {
        AccountView view = QuarkusTransaction.requiringNew().call(() -> applyUpdate(id, ifMatch, request));
        if (!view.active()) {
            tokenCache.evictAccount(id);
        }
        return view;
    }

    private AccountView applyUpdate(long id, String ifMatch, AccountUpdate request) {
        Account account = accounts.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.role != Role.SYSTEM)
                .orElseThrow(() -> ApiException.notFound("account " + id));
        Etags.requireMatch(ifMatch, Etags.of(account.version));
        if (request.displayName() != null) {
            account.displayName = request.displayName().strip();
        }
        if (request.active() != null && request.active() != account.active) {
            if (!request.active() && account.role == Role.ADMIN && activeAdmins() <= 1) {
                throw ApiException.conflict("the last active admin cannot be deactivated");
            }
            account.active = request.active();
            LOG.infof("account %s %s", account.username, account.active ? "reactivated" : "deactivated");
        }
        account.updatedAt = calendar.now();
        accounts.flush();
        return AccountView.from(account);
    }

    public AccountView get(long id) {
        return accounts.findByIdOptional(id).filter(a -> a.role != Role.SYSTEM).map(AccountView::from)
                .orElseThrow(() -> ApiException.notFound("account " + id));
    }

    public Page<AccountView> list(long afterId, int limit) {
        return Page.of(accounts.page(afterId, limit), limit, a -> String.valueOf(a.id)).map(AccountView::from);
    }

    private long activeAdmins() {
        return accounts.count("role = ?1 and active = true", Role.ADMIN);
    }
}
