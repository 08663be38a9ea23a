package io.taizhang.common.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An error the service raises on purpose. It carries everything the RFC 9457 body needs, so
 * services can refuse a request without knowing anything about HTTP responses.
 */
public class ApiException extends RuntimeException {

    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "violations");

    private final ErrorType type;
    private final List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(ErrorType type, String detail) {
        this(type, detail, null);
    }

    public ApiException(ErrorType type, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = violations;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorType.NOT_FOUND, what + " not found");
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ErrorType.VALIDATION_FAILED, field + ": " + message,
                List.of(new Violation(field, message)));
    }

    public static ApiException transition(String detail) {
        return new ApiException(ErrorType.INVALID_TRANSITION, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ErrorType.FORBIDDEN, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ErrorType.CONFLICT, detail);
    }

    /**
     * Adds a member to the problem body, e.g. the list of what blocks a close-out. RFC 9457's own
     * members (status is the HTTP status) cannot be overwritten this way.
     */
    public ApiException with(String name, Object value) {
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a standard problem member");
        }
        extensions.put(name, value);
        return this;
    }

    public ErrorType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
