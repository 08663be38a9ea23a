package io.taizhang.common.http;

import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.errors.ProblemDetails;
import io.taizhang.common.errors.ProblemResponses;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The request body limit, enforced where the bytes arrive: a body that announces its size
 * (Content-Length) is refused before it is read, one streamed without a length (chunked) as soon
 * as it passes the limit; a streamed body within the limit is handed on already read. Either way
 * an oversized body gets 413 as problem+json, not the HTTP server's bare 413, and the connection
 * is closed so the rest of the upload is not read.
 */
@ApplicationScoped
public class BodyLimit {

    /** Just before Quarkus' own limit check (its order -2), so this answer comes first. */
    static final int ORDER = -3;

    private final TaizhangConfig config;
    private final ProblemResponses problems;

    public BodyLimit(TaizhangConfig config, ProblemResponses problems) {
        this.config = config;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        long limit = config.api().maxBodyBytes();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (announcedSize(length) > limit) {
                tooLarge(context);
            } else {
                context.next();
            }
            return;
        }
        if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null && request.version() != HttpVersion.HTTP_2) {
            context.next();
            return;
        }
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                tooLarge(context);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(end -> {
            if (!context.response().ended()) {
                context.setBody(body);
                context.next();
            }
        });
        request.exceptionHandler(context::fail);
        request.resume();
    }

    private static long announcedSize(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void tooLarge(RoutingContext context) {
        String json = problems.serialize(new ProblemDetails(ErrorType.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + config.api().maxBodyBytes() + " bytes",
                context.request().path(), null, null));
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json);
    }
}
