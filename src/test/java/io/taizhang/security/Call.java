package io.taizhang.security;

import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One HTTP request as a battery sends it: path values inserted verbatim (so malformed ids reach
 * the server as typed), query values percent-encoded, the body as raw bytes with a
 * Content-Length, or streamed in chunks without one. Plain HTTP/1.1 from the JDK's client, so
 * nothing is added or rewritten on the way and thousands of requests stay fast.
 */
record Call(String method, String pathTemplate, Map<String, String> pathValues, Map<String, String> query,
        String contentType, String body, Map<String, String> headers) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static Call of(String method, String pathTemplate) {
        return new Call(method, pathTemplate, Map.of(), Map.of(), null, null, Map.of());
    }

    Call path(String name, Object value) {
        return new Call(method, pathTemplate, with(pathValues, name, String.valueOf(value)), query, contentType, body,
                headers);
    }

    Call query(String name, Object value) {
        return new Call(method, pathTemplate, pathValues, with(query, name, String.valueOf(value)), contentType, body,
                headers);
    }

    Call header(String name, String value) {
        return value == null ? this
                : new Call(method, pathTemplate, pathValues, query, contentType, body, with(headers, name, value));
    }

    Call json(String json) {
        return body("application/json", json);
    }

    Call body(String type, String content) {
        return new Call(method, pathTemplate, pathValues, query, type, content, headers);
    }

    Call as(Fixtures.Actor actor) {
        return header("Authorization", actor.authorization());
    }

    /** The request target: path with values, then the query string. */
    String target() {
        String path = pathTemplate;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (path.contains("{")) {
            throw new AssertionError("no value for a path parameter of " + pathTemplate + ": " + path);
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&", "?", ""));
    }

    Answer send() {
        return send(body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends the body as a chunked stream: the server learns its size only by reading it. */
    Answer sendChunked() {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    private Answer send(BodyPublisher publisher) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + target()))
                .timeout(Duration.ofSeconds(15)).header("Accept", "application/json")
                .method(method.toUpperCase(), publisher);
        headers.forEach(request::setHeader);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            var response = CLIENT.send(request.build(), BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                // an event stream never ends: its status and headers are the answer, its body is not read
                boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                String text = stream ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), response.headers(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
