package io.taizhang.common.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.errors.ProblemResponses;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Per-account rate limit: a caller over its budget gets 429 problem+json with {@code Retry-After};
 * every authenticated answer says how much budget is left ({@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset}, as GitHub and the IETF draft do). Keyed by
 * account, not token or address, so one account cannot multiply its budget with more tokens.
 * Anonymous requests are not counted here: they fail authentication anyway.
 */
public class RateLimitFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    private static final String DECISION = "taizhang.rate-limit";
    /**
     * A refusal is answered after this pause (a timer, no thread waits): a client that honours
     * Retry-After never notices, one that ignores it gets a handful of answers per second and
     * connection instead of thousands, so it cannot spend the CPU the other accounts need.
     */
    static final Duration REFUSAL_DELAY = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger("io.taizhang.security");

    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;
    private final TokenBuckets buckets;

    public RateLimitFilter(TaizhangConfig config, CurrentIdentityAssociation identities, ProblemResponses problems) {
        this.identities = identities;
        this.problems = problems;
        TaizhangConfig.RateLimit limit = config.rateLimit();
        this.buckets = limit.enabled() ? new TokenBuckets(limit.requestsPerSecond(), limit.burst(), System::nanoTime) : null;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (buckets == null) {
            return Uni.createFrom().nullItem();
        }
        // a failed authentication is answered (and logged) by the security check that follows
        return identities.getDeferredIdentity().onFailure().recoverWithNull()
                .onItem().transformToUni(identity -> {
                    Response refusal = decide(identity, request);
                    return refusal == null ? Uni.createFrom().nullItem()
                            : Uni.createFrom().item(refusal).onItem().delayIt().by(REFUSAL_DELAY);
                });
    }

    private Response decide(SecurityIdentity identity, ContainerRequestContext request) {
        Caller caller = identity == null || identity.isAnonymous() ? null : identity.getAttribute(CurrentCaller.ATTRIBUTE);
        if (caller == null) {
            return null;
        }
        TokenBuckets.Decision decision = buckets.take(caller.accountId());
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        if (decision.report()) {
            // once a minute per account: an account hammering the service must not flood the log too
            LOG.warnf("rate limited: %s %s by %s [%s]: retry after %d s (further refusals of this account "
                    + "are not logged for a minute)", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                    caller.username(), caller.role(), decision.retryAfterSeconds());
        }
        Response problem = problems.of(ErrorType.RATE_LIMITED, "too many requests from this account; retry after "
                + decision.retryAfterSeconds() + " s", request.getUriInfo().getRequestUri().getRawPath());
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, null)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()))
                .build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof TokenBuckets.Decision decision) {
            response.getHeaders().putSingle(LIMIT, String.valueOf(buckets.burst()));
            response.getHeaders().putSingle(REMAINING, String.valueOf(decision.remaining()));
            response.getHeaders().putSingle(RESET, String.valueOf(decision.resetSeconds()));
        }
    }
}
