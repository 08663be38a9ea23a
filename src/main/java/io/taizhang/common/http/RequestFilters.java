package io.taizhang.common.http;

import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Cross-cutting HTTP hygiene: a request id on every request and in every log line, a body size
 * limit answered with problem+json, and no caching of authenticated answers by intermediaries.
 */
public class RequestFilters {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final String STARTED = "taizhang.started";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger LOG = Logger.getLogger("io.taizhang.access");

    private final TaizhangConfig config;

    public RequestFilters(TaizhangConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public void begin(ContainerRequestContext request) {
        String given = request.getHeaderString(REQUEST_ID);
        String requestId = given != null && CLIENT_REQUEST_ID.matcher(given).matches()
                ? given : UUID.randomUUID().toString();
        MDC.put("requestId", requestId);
        request.setProperty(REQUEST_ID, requestId);
        request.setProperty(STARTED, System.nanoTime());
        if (request.getLength() > config.api().maxBodyBytes()) {
            throw new ApiException(ErrorType.PAYLOAD_TOO_LARGE,
                    "the request body is larger than " + config.api().maxBodyBytes() + " bytes");
        }
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(REQUEST_ID);
        if (requestId != null) {
            response.getHeaders().putSingle(REQUEST_ID, requestId);
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (LOG.isDebugEnabled()) {
            Object started = request.getProperty(STARTED);
            long micros = started == null ? -1 : (System.nanoTime() - (Long) started) / 1000;
            LOG.debugf("%s %s -> %d in %d us", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                    response.getStatus(), micros);
        }
    }
}
