package io.taizhang.common.http;

import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.errors.ProblemDetails;
import io.taizhang.common.errors.ProblemResponses;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * TRACE (and its cousin TRACK) is refused with 405 on every path, framework routes ({@code /q/*})
 * and unknown paths included, before any handler could echo the request back (cross-site tracing).
 * The REST layer would answer API paths the same way; this covers everything else.
 */
@ApplicationScoped
public class TraceRefusal {

    /** Before the body limit (order -3) and everything Quarkus installs. */
    static final int ORDER = -10;

    private final ProblemResponses problems;
    private final AllowedMethods allowedMethods;

    public TraceRefusal(ProblemResponses problems, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.allowedMethods = allowedMethods;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::refuse);
    }

    private void refuse(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (!HttpMethod.TRACE.equals(method) && !"TRACK".equals(method.name())) {
            context.next();
            return;
        }
        String json = problems.serialize(new ProblemDetails(ErrorType.METHOD_NOT_ALLOWED,
                "TRACE is not supported", context.request().path(), null, null));
        // never read the body: a TRACE request has none worth reading
        context.response().setStatusCode(405)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.ALLOW, allow(context.request().path()))
                .end(json);
    }

    /** The API path's own methods; framework and unknown paths are read-only as far as a client knows. */
    private String allow(String path) {
        Set<String> allowed = path == null ? Set.of() : allowedMethods.of(path);
        return allowed.isEmpty() ? "GET, HEAD" : String.join(", ", allowed);
    }
}
