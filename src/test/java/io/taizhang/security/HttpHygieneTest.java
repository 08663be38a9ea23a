package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Transport hygiene (every battery also checks Cache-Control: no-store and the absence of a
 * Server header on each answer it gets): TRACE is refused on every path without echoing the
 * request, the service's own and framework answers carry no banner, and requests the HTTP
 * server's decoder rejects before any handler runs are refused without leaking anything.
 */
@QuarkusTest
class HttpHygieneTest extends BatteryTest {

    @TestFactory
    Stream<DynamicTest> traceIsRefusedOnEveryPath() {
        prepare();
        return api.methodsByPath().keySet().stream().map(path -> named("TRACE " + path + " → 405", () -> {
            var template = call(api.operations().stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow(),
                    fx.staff.get(0));
            Call trace = new Call("trace", path, template.pathValues(), java.util.Map.of(), null, null, template.headers());
            Answer r = refused(trace::send);
            Checks.status(r, 405, null);
            assertFalse(r.asString().contains(fx.staff.get(0).authorization().substring(7)), "TRACE echoes nothing");
            assertFalse(r.header("Allow").contains("TRACE"), r.header("Allow"));
        }));
    }

    @Test
    void frameworkAnswersCarryNoServerBanner() {
        for (String path : new String[] {"/q/health/ready", "/q/openapi", "/api/v1/no-such-thing", "/no-such-root"}) {
            Answer r = Call.of("get", path).send();
            assertNull(r.header("Server"), path);
            assertTrue(r.statusCode() < 500, path);
        }
        Checks.status(Call.of("get", "/api/v1/no-such-thing").header("Authorization",
                "Bearer " + world.actor("inspector").token()).send(), 404, null);
    }

    /**
     * A request line over 4096 bytes or headers over 20 KiB are refused by Vert.x' HTTP decoder
     * with a bare 414 / 431 before any route runs; Quarkus offers no hook for that answer
     * (quarkusio/quarkus#55082). docs/security.md lists it as a known gap: not problem+json, but
     * never a 5xx and nothing of the request or the service in it.
     */
    @Test
    void requestsTheHttpDecoderRejectsAreRefusedWithoutLeaking() {
        String token = world.actor("inspector").token();
        Answer longLine = Call.of("get", "/api/v1/problems").header("Authorization", "Bearer " + token)
                .query("q", "x".repeat(10_000)).send();
        assertEquals(414, longLine.statusCode());
        assertEquals("", longLine.asString());
        Answer bigHeaders = Call.of("get", "/api/v1/problems").header("Authorization", "Bearer " + token)
                .header("X-Padding", "x".repeat(30_000)).send();
        assertEquals(431, bigHeaders.statusCode());
        assertEquals("", bigHeaders.asString());
    }
}
