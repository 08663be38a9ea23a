package io.taizhang.common.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Turns a stored or fresh {@link Outcome} into the HTTP response. */
public final class OutcomeResponses {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private OutcomeResponses() {
    }

    public static Response of(Outcome outcome) {
        Response.ResponseBuilder response = Response.status(outcome.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(outcome.body());
        if (outcome.location() != null) {
            response.location(URI.create(outcome.location()));
        }
        if (outcome.etag() != null) {
            response.header(HttpHeaders.ETAG, outcome.etag());
        }
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
