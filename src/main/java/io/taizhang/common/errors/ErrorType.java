package io.taizhang.common.errors;

/**
 * Every kind of error the API answers with. The slug makes the stable {@code type} URI of the
 * RFC 9457 body, so clients can branch on it; the README lists them all.
 */
public enum ErrorType {
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed for your role"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    INVALID_TRANSITION(409, "invalid-transition", "Action not allowed in the current state"),
    CLOSE_OUT_INCOMPLETE(409, "close-out-incomplete", "Close-out requirements not met"),
    CONFLICT(409, "conflict", "Conflict"),
    IDEMPOTENCY_IN_PROGRESS(409, "idempotency-in-progress", "A request with this Idempotency-Key is in progress"),
    STALE_VERSION(412, "stale-version", "The resource has changed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key reused with a different request"),
    IF_MATCH_REQUIRED(428, "if-match-required", "If-Match header required"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    DATABASE_UNAVAILABLE(503, "database-unavailable", "Database unavailable");

    public static final String TYPE_PREFIX = "urn:taizhang:error:";

    private final int status;
    private final String slug;
    private final String title;

    ErrorType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return TYPE_PREFIX + slug;
    }
}
