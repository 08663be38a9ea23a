package io.taizhang.security;

import java.net.http.HttpHeaders;

/** What the service answered to a battery's request. */
record Answer(int statusCode, HttpHeaders headers, String asString) {

    /** The first value of a header, or null when the answer has none. */
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    String contentType() {
        return header("Content-Type");
    }
}
