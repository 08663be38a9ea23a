package io.taizhang.common.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds {@code application/problem+json} responses; the one place that knows their shape. */
@ApplicationScoped
public class ProblemResponses {

    public static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response of(ApiException e, String instance) {
        return build(e.type(), e.getMessage(), instance, e.violations(), e.extensions());
    }

    public Response of(ErrorType type, String detail, String instance) {
        return build(type, detail, instance, null, null);
    }

    public Response build(ErrorType type, String detail, String instance, List<Violation> violations,
            Map<String, Object> extensions) {
        ProblemDetails body = new ProblemDetails(type, detail, instance, violations, extensions);
        Response.ResponseBuilder response = Response.status(type.status())
                .type(ProblemDetails.MEDIA_TYPE)
                .entity(serialize(body));
        switch (type) {
            case UNAUTHENTICATED -> response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"taizhang\"");
            case DATABASE_UNAVAILABLE, RATE_LIMITED, IDEMPOTENCY_IN_PROGRESS ->
                    response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            default -> {
            }
        }
        return response.build();
    }

    public String serialize(ProblemDetails body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem details are always serialisable", e);
        }
    }
}
