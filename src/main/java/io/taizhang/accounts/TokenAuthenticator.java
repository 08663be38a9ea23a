package io.taizhang.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Resolves a bearer token to its {@link Caller}: from the cache when warm, otherwise with one
 * indexed query. Plain JDBC on purpose: this runs for every cold request, outside any business
 * transaction, and needs nothing from Hibernate.
 */
@ApplicationScoped
public class TokenAuthenticator {

    private static final Logger LOG = Logger.getLogger(TokenAuthenticator.class);
    private static final String LOOKUP = """
            SELECT t.id, t.expires_at, t.revoked_at, a.id, a.username, a.display_name, a.role, a.unit_id,
                   a.active, coalesce(u.active, true)
            FROM api_token t
            JOIN account a ON a.id = t.account_id
            LEFT JOIN unit u ON u.id = a.unit_id
            WHERE t.token_hash = ?""";

    private final DataSource dataSource;
    private final TokenCache cache;
    private final BusinessCalendar calendar;

    public TokenAuthenticator(DataSource dataSource, TokenCache cache, BusinessCalendar calendar) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.calendar = calendar;
    }

    /** The cached caller, if this token was verified recently and has not expired since. */
    public Optional<Caller> cached(String token) {
        if (!TokenCodec.wellFormed(token)) {
            throw fail("malformed token");
        }
        return cache.get(TokenCodec.hashHex(token))
                .filter(e -> e.expiresAt().isAfter(calendar.now()))
                .map(TokenCache.Entry::caller);
    }

    /** Looks the token up in the database (blocking) and caches the result. */
    public Caller lookup(String token) {
        byte[] hash = TokenCodec.hash(token);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            statement.setBytes(1, hash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw fail("unknown token");
                }
                long tokenId = row.getLong(1);
                Instant expiresAt = row.getTimestamp(2).toInstant();
                if (row.getTimestamp(3) != null) {
                    throw fail("revoked token " + tokenId);
                }
                if (!expiresAt.isAfter(calendar.now())) {
                    throw fail("expired token " + tokenId);
                }
                if (!row.getBoolean(9) || !row.getBoolean(10)) {
                    throw fail("inactive account or unit, token " + tokenId);
                }
                long unit = row.getLong(8);
                Long unitId = row.wasNull() ? null : unit;
                Caller caller = new Caller(row.getLong(4), row.getString(5), row.getString(6),
                        Role.valueOf(row.getString(7)), unitId);
                cache.put(TokenCodec.hashHex(token), new TokenCache.Entry(tokenId, caller, expiresAt));
                return caller;
            }
        } catch (SQLException e) {
            // surfaces as 503 through the exception mappers, like any other database outage
            throw new IllegalStateException(new java.sql.SQLTransientConnectionException(
                    "token lookup failed: " + e.getMessage(), e.getSQLState(), e));
        }
    }

    private static AuthenticationFailedException fail(String why) {
        LOG.debugf("authentication failed: %s", why);
        return new AuthenticationFailedException(why);
    }
}
