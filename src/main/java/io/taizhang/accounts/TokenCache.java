package io.taizhang.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Verified tokens, keyed by hash, so that a warm token costs no database round trip. Entries live
 * for a short TTL; revoking a token or deactivating an account evicts at once on this instance,
 * and other instances notice within the TTL.
 */
@ApplicationScoped
public class TokenCache {

    record Entry(long tokenId, Caller caller, Instant expiresAt) {
    }

    private final Cache<String, Entry> cache;

    public TokenCache(TaizhangConfig config, Clock clock) {
        // the TTL runs on the service clock, so expiry follows the same time as everything else
        Instant origin = clock.instant();
        this.cache = Caffeine.newBuilder()
                .ticker(() -> Duration.between(origin, clock.instant()).toNanos())
                .expireAfterWrite(config.tokens().cacheTtl())
                .maximumSize(100_000)
                .build();
    }

    Optional<Entry> get(String hashHex) {
        return Optional.ofNullable(cache.getIfPresent(hashHex));
    }

    void put(String hashHex, Entry entry) {
        cache.put(hashHex, entry);
    }

    public void evictToken(long tokenId) {
        cache.asMap().values().removeIf(e -> e.tokenId() == tokenId);
    }

    public void evictAccount(long accountId) {
        cache.asMap().values().removeIf(e -> e.caller().accountId() == accountId);
    }

    public void clear() {
        cache.invalidateAll();
    }
}
