package io.taizhang.common.idempotency;

/**
 * What a write answered: status, Location and ETag when it has them, and the JSON body. Stored
 * under an Idempotency-Key so a retry gets exactly this answer back.
 */
public record Outcome(int status, String location, String etag, String body, boolean replayed) {

    public Outcome asReplay() {
        return new Outcome(status, location, etag, body, true);
    }
}
