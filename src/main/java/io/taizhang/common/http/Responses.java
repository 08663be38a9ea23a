package io.taizhang.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The few response shapes resources need: a single resource with its ETag, a page, a creation. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the ETag, or 304 when the client's If-None-Match already names this version. */
    public static Response single(Object body, String etag, HttpHeaders headers) {
        if (Etags.noneMatchSatisfied(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(body).header(HttpHeaders.ETAG, etag).build();
    }

    public static Response page(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.items());
        if (page.nextCursor() != null) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.links(Link.fromUri(next).rel("next").build());
        }
        return response.build();
    }
}
