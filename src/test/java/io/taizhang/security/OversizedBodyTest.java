package io.taizhang.security;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.security.ApiContract.Operation;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bodies over the service's 256 KiB limit, for every operation that takes one: 413 as
 * problem+json whether the client announces the size (Content-Length) or streams the body in
 * chunks, below and above the HTTP server's own 1 MiB limit, and nothing changes.
 */
@QuarkusTest
class OversizedBodyTest extends BatteryTest {

    private static final int KIB = 1024;

    @TestFactory
    Stream<DynamicTest> bodiesOverTheLimitAnswer413() {
        prepare();
        return api.operations().stream().filter(Operation::hasBody).flatMap(op -> Stream.of(
                oversized(op, "a 300 KiB body with Content-Length", 300 * KIB, Call::send),
                oversized(op, "a 300 KiB chunked body", 300 * KIB, Call::sendChunked),
                oversized(op, "a 2 MiB body with Content-Length", 2048 * KIB, Call::send),
                oversized(op, "a 2 MiB chunked body", 2048 * KIB, Call::sendChunked)));
    }

    private DynamicTest oversized(Operation op, String what, int size, Function<Call, Answer> send) {
        return named(op.label() + " with " + what + " → 413", () -> {
            String body = "{\"note\":\"" + "x".repeat(size) + "\"}";
            Call call = call(op, fx.allowedActorFor(op)).json(body);
            Answer r = refused(() -> send.apply(call));
            Checks.status(r, 413, body);
        });
    }
}
