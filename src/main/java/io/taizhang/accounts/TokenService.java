package io.taizhang.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.taizhang.accounts.AccountDtos.IssuedToken;
import io.taizhang.accounts.AccountDtos.TokenIssue;
import io.taizhang.accounts.AccountDtos.TokenView;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/** Issues and revokes bearer tokens. A token is returned once, at issue, and stored only as a hash. */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class);

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final TokenCache cache;
    private final BusinessCalendar calendar;
    private final TaizhangConfig config;

    public TokenService(AccountRepository accounts, ApiTokenRepository tokens, TokenCache cache,
            BusinessCalendar calendar, TaizhangConfig config) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.cache = cache;
        this.calendar = calendar;
        this.config = config;
    }

    @Transactional
    public IssuedToken issue(long accountId, TokenIssue request) {
        Account account = person(accountId);
        if (!account.active) {
            throw ApiException.conflict("account " + accountId + " is deactivated; reactivate it first");
        }
        Instant now = calendar.now();
        Instant expiresAt = request.expiresAt() == null ? now.plus(config.tokens().defaultLifetime())
                : request.expiresAt().toInstant();
        if (!expiresAt.isAfter(now)) {
            throw ApiException.invalid("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(now.plus(config.tokens().maxLifetime()))) {
            throw ApiException.invalid("expiresAt", "must be within " + config.tokens().maxLifetime().toDays() + " days");
        }
        return store(account, request.label().strip(), TokenCodec.newToken(), now, expiresAt);
    }

    /** Stores a token whose value is given (bootstrap admin, demo data); returns its record. */
    @Transactional
    public IssuedToken storeGiven(Account account, String label, String token, Instant expiresAt) {
        if (!TokenCodec.wellFormed(token)) {
            throw new IllegalArgumentException("a token must be 20-200 visible ASCII characters");
        }
        return tokens.findByHash(TokenCodec.hash(token))
                .map(t -> new IssuedToken(t.id, t.accountId, t.label, token, t.createdAt, t.expiresAt))
                .orElseGet(() -> store(account, label, token, calendar.now(), expiresAt));
    }

    public List<TokenView> list(long accountId) {
        person(accountId);
        Instant now = calendar.now();
        return tokens.ofAccount(accountId).stream().map(t -> TokenView.from(t, now)).toList();
    }

    /** Revokes at once: the cache entry goes after the commit, so no request can re-cache the old state. */
    public void revoke(long accountId, long tokenId) {
        QuarkusTransaction.requiringNew().run(() -> {
            ApiToken token = tokens.findByIdOptional(tokenId)
                    .filter(t -> t.accountId == accountId)
                    .orElseThrow(() -> ApiException.notFound("token " + tokenId + " of account " + accountId));
            if (token.revokedAt == null) {
                token.revokedAt = calendar.now();
                LOG.infof("token %d of account %d revoked", tokenId, accountId);
            }
        });
        cache.evictToken(tokenId);
    }

    private IssuedToken store(Account account, String label, String token, Instant now, Instant expiresAt) {
        ApiToken stored = new ApiToken();
        stored.accountId = account.id;
        stored.tokenHash = TokenCodec.hash(token);
        stored.label = label;
        stored.createdAt = now;
        stored.expiresAt = expiresAt;
        tokens.persistAndFlush(stored);
        LOG.infof("token %d issued to account %s", stored.id, account.username);
        return new IssuedToken(stored.id, account.id, label, token, now, expiresAt);
    }

    private Account person(long accountId) {
        return accounts.findByIdOptional(accountId).filter(a -> a.role != Role.SYSTEM)
                .orElseThrow(() -> ApiException.notFound("account " + accountId));
    }
}
