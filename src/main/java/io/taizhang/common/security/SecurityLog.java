package io.taizhang.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * One warning per failed authentication or denied request, in its own category
 * ({@code io.taizhang.security}) so operators can route it: who (the account, or the client's
 * address when nobody authenticated), what (method and path), why; when is the log line's time.
 * Never a token: callers pass the reason, never a credential.
 */
@ApplicationScoped
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger("io.taizhang.security");

    private final SecurityIdentity identity;

    public SecurityLog(SecurityIdentity identity) {
        this.identity = identity;
    }

    public void authenticationFailed(HttpServerRequest request, String why) {
        LOG.warnf("authentication failed: %s %s from %s: %s", request.method(), request.path(), address(request),
                why == null ? "no reason given" : why);
    }

    public void denied(HttpServerRequest request, String why) {
        String who = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName() + " " + identity.getRoles();
        LOG.warnf("denied: %s %s to %s from %s: %s", request.method(), request.path(), who, address(request), why);
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown address" : request.remoteAddress().hostAddress();
    }
}
