package io.taizhang.accounts;

import io.taizhang.common.security.Role;
import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Request and response bodies of the account endpoints. */
public final class AccountDtos {

    private AccountDtos() {
    }

    public record AccountCreate(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "must be 3-64 lowercase letters, digits, '.', '_' or '-'")
            String username,
            @NotBlank @Size(max = 100) @PlainText String displayName,
            @NotNull Role role,
            @Positive Long unitId) {
    }

    public record AccountUpdate(
            @Size(min = 1, max = 100) @PlainText String displayName,
            Boolean active) {
    }

    public record AccountView(long id, String username, String displayName, Role role, Long unitId, boolean active,
            Instant createdAt, Instant updatedAt, int version) {

        static AccountView from(Account a) {
            return new AccountView(a.id, a.username, a.displayName, a.role, a.unitId, a.active, a.createdAt,
                    a.updatedAt, a.version);
        }
    }

    public record TokenIssue(
            @NotBlank @Size(max = 100) @PlainText String label,
            OffsetDateTime expiresAt) {
    }

    /** The only time a token is ever shown. */
    public record IssuedToken(long id, long accountId, String label, String token, Instant createdAt,
            Instant expiresAt) {
    }

    public enum TokenState { ACTIVE, EXPIRED, REVOKED }

    public record TokenView(long id, long accountId, String label, Instant createdAt, Instant expiresAt,
            Instant revokedAt, TokenState state) {

        static TokenView from(ApiToken t, Instant now) {
            TokenState state = t.revokedAt != null ? TokenState.REVOKED
                    : t.expiresAt.isAfter(now) ? TokenState.ACTIVE : TokenState.EXPIRED;
            return new TokenView(t.id, t.accountId, t.label, t.createdAt, t.expiresAt, t.revokedAt, state);
        }
    }

    public record UnitRef(long id, String code, String nameZh, String nameEn) {
    }

    public record Me(long accountId, String username, String displayName, Role role, UnitRef unit) {
    }
}
