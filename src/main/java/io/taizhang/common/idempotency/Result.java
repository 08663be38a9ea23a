package io.taizhang.common.idempotency;

/** What a service hands back from a write: the response body and, for creations, where it lives. */
public record Result(int status, String location, String etag, Object body) {

    public static Result created(String location, String etag, Object body) {
        return new Result(201, location, etag, body);
    }

    public static Result ok(String etag, Object body) {
        return new Result(200, null, etag, body);
    }
}
