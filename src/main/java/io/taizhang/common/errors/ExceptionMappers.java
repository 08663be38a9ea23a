package io.taizhang.common.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.taizhang.common.http.AllowedMethods;
import io.taizhang.common.security.SecurityLog;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the HTTP layer into an RFC 9457 body. Nothing here ever
 * echoes a class name, a stack trace or SQL: unexpected failures get a correlation id instead.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    private final ProblemResponses responses;
    private final AllowedMethods allowedMethods;
    private final SecurityLog securityLog;

    public ExceptionMappers(ProblemResponses responses, AllowedMethods allowedMethods, SecurityLog securityLog) {
        this.responses = responses;
        this.allowedMethods = allowedMethods;
        this.securityLog = securityLog;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpServerRequest request) {
        if (e.type().status() == 403 || e.type().status() == 401) {
            securityLog.denied(request, e.getMessage());
        }
        return responses.of(e, path(uri));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(FieldPaths.of(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return responses.build(ErrorType.VALIDATION_FAILED, detail, path(uri), violations, null);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = FieldPaths.of(e);
        return responses.build(ErrorType.VALIDATION_FAILED, field + ": unknown field", path(uri),
                List.of(new Violation(field, "unknown field")), null);
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, UriInfo uri) {
        String field = FieldPaths.of(e);
        String expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + List.of(e.getTargetType().getEnumConstants())
                : "has the wrong type or format";
        return responses.build(ErrorType.VALIDATION_FAILED, field + ": " + expected, path(uri),
                List.of(new Violation(field, expected)), null);
    }

    /** Also replaces Quarkus' own mapper, whose body is plain JSON that names the Java class. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return mapping(e, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        String field = FieldPaths.of(e);
        if (field.isEmpty()) {
            return responses.of(ErrorType.MALFORMED_REQUEST, "the body does not match the expected JSON shape", path(uri));
        }
        return responses.build(ErrorType.VALIDATION_FAILED, field + ": has the wrong type or shape", path(uri),
                List.of(new Violation(field, "has the wrong type or shape")), null);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return responses.of(ErrorType.MALFORMED_REQUEST, "the body is not valid JSON", path(uri));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpServerRequest request) {
        securityLog.authenticationFailed(request, "no bearer token");
        return responses.of(ErrorType.UNAUTHENTICATED, "a valid bearer token is required", path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpServerRequest request) {
        securityLog.authenticationFailed(request, e.getMessage());
        return responses.of(ErrorType.UNAUTHENTICATED, "the bearer token is unknown, expired or revoked", path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpServerRequest request) {
        securityLog.denied(request, "role not allowed");
        return responses.of(ErrorType.FORBIDDEN, "your role may not perform this operation", path(uri));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, Request request) {
        // when resource classes share a path prefix, a wrong method on an existing path ends up here
        Set<String> allowed = allowedMethods.of(path(uri));
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            return methodNotAllowed(allowed, uri);
        }
        return responses.of(ErrorType.NOT_FOUND, "no such resource", path(uri));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return methodNotAllowed(allowedMethods.of(path(uri)), uri);
    }

    private Response methodNotAllowed(Set<String> allowed, UriInfo uri) {
        Response r = responses.of(ErrorType.METHOD_NOT_ALLOWED, "method not allowed on this resource", path(uri));
        return Response.fromResponse(r).header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return responses.of(ErrorType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json", path(uri));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return responses.of(ErrorType.NOT_ACCEPTABLE, "this resource is available as application/json", path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return responses.of(ErrorType.PAYLOAD_TOO_LARGE, "the request body exceeds the limit", path(uri));
        }
        if (status >= 400 && status < 500) {
            return responses.of(ErrorType.MALFORMED_REQUEST, "the request could not be understood", path(uri));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        ErrorType type = DatabaseFailures.classify(e).orElse(ErrorType.INTERNAL);
        String requestId = String.valueOf(MDC.get("requestId"));
        switch (type) {
            case DATABASE_UNAVAILABLE -> {
                LOG.warnf("database unavailable on %s: %s", path(uri), rootMessage(e));
                return responses.of(type, "the database is unavailable; retry later", path(uri));
            }
            case STALE_VERSION -> {
                return responses.of(type, "the resource was changed by someone else; read it again", path(uri));
            }
            case CONFLICT -> {
                return responses.of(type, "the request conflicts with an existing record", path(uri));
            }
            default -> {
                LOG.errorf(e, "unexpected failure on %s (request %s)", path(uri), requestId);
                return responses.build(ErrorType.INTERNAL, "unexpected error; quote request id " + requestId,
                        path(uri), null, java.util.Map.of("requestId", requestId));
            }
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
