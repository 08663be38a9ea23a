package io.taizhang.accounts;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Turns a bearer token into a security identity whose single role is the account's role. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final TokenAuthenticator authenticator;

    public TokenIdentityProvider(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        Optional<Caller> cached;
        try {
            cached = authenticator.cached(token);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        if (cached.isPresent()) {
            return Uni.createFrom().item(identity(cached.get()));
        }
        return context.runBlocking(() -> identity(authenticator.lookup(token)));
    }

    private static SecurityIdentity identity(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.username()))
                .addRole(caller.role().name())
                .addAttribute(CurrentCaller.ATTRIBUTE, caller)
                .build();
    }
}
