package io.taizhang.live;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real client of the event stream, as a wall display would be: the JDK's HTTP client reads
 * lines as they arrive, a reader thread turns them into events (and comment lines into
 * heartbeats), and the test takes them from a queue with a timeout.
 */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, String data) {
    }

    static final Event HEARTBEAT = new Event(null, "heartbeat", null);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(String path, String token, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseClient(CLIENT.send(request.build(), BodyHandlers.ofLines()));
    }

    private void read() {
        Map<String, String> fields = new LinkedHashMap<>();
        try (Stream<String> lines = response.body()) {
            lines.forEach(line -> {
                if (line.startsWith(":")) {
                    if (line.contains("heartbeat")) {
                        events.add(HEARTBEAT);
                    }
                } else if (line.isEmpty()) {
                    if (fields.containsKey("data")) {
                        events.add(new Event(fields.get("id"), fields.get("event"), fields.get("data")));
                    }
                    fields.clear();
                } else {
                    int colon = line.indexOf(':');
                    fields.put(line.substring(0, colon), line.substring(colon + 1).stripLeading());
                }
            });
        } catch (RuntimeException e) {
            // closed by the test
        }
    }

    /** The next event (heartbeats skipped), or null when none came within the timeout. */
    Event nextEvent(long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            Event e = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e != HEARTBEAT) {
                return e;
            }
        }
    }

    /** Whether a heartbeat comes within the timeout (events before it are put back in order). */
    boolean heartbeatWithin(long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            Event e = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == HEARTBEAT) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
