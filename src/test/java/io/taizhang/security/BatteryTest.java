package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taizhang.security.ApiContract.Operation;
import io.taizhang.security.ApiContract.Param;
import io.taizhang.security.Fixtures.Actor;
import io.taizhang.security.Fixtures.Ref;
import io.taizhang.support.ApiTest;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Base of the generated batteries: the served contract, the fixtures of unit A and B, minimal
 * bodies, and a database fingerprint to prove that refused requests changed nothing. A battery's
 * {@code @TestFactory} calls {@link #prepare()} once; its dynamic tests then share that world.
 */
abstract class BatteryTest extends ApiTest {

    protected ApiContract api;
    protected Fixtures fx;
    protected Bodies bodies;
    protected Snapshot db;

    protected void prepare() {
        api = ApiContract.served();
        db = new Snapshot();
        fx = new Fixtures(world, scenario, this::as, db);
        bodies = new Bodies(api, fx);
    }

    @AfterEach
    void closeSnapshot() {
        if (db != null) {
            db.close();
        }
    }

    /** The operation aimed at unit A's records, with a minimal valid body and a current If-Match. */
    protected Call call(Operation op, Actor actor) {
        return call(op, actor, Ref::id);
    }

    /** The same request with every unit-A record replaced by one that does not exist. */
    protected Call missingProbe(Call real, Operation op) {
        Call probe = real;
        for (Param p : op.params()) {
            if (idParam(p) && fx.resolve(p.name(), p.in()).scope() == Fixtures.Scope.UNIT) {
                probe = p.in().equals("path") ? probe.path(p.name(), Fixtures.MISSING)
                        : probe.query(p.name(), Fixtures.MISSING);
            }
        }
        if (real.body() != null) {
            ObjectNode body = (ObjectNode) Checks.parse(real.body());
            body.properties().forEach(e -> {
                if (Fixtures.isId(e.getKey()) && fx.resolve(e.getKey(), "body").scope() == Fixtures.Scope.UNIT) {
                    e.setValue(Bodies.JSON.numberNode(Fixtures.MISSING));
                }
            });
            probe = probe.json(body.toString());
        }
        return probe;
    }

    /** Whether the request names a record of unit A that another unit's liaison must not reach. */
    protected boolean touchesUnitRecords(Operation op) {
        boolean params = op.params().stream()
                .anyMatch(p -> idParam(p) && fx.resolve(p.name(), p.in()).scope() == Fixtures.Scope.UNIT);
        boolean body = op.hasBody() && bodies.properties(op.bodySchema()).keySet().stream()
                .anyMatch(name -> Fixtures.isId(name) && fx.resolve(name, "body").scope() == Fixtures.Scope.UNIT);
        return params || body;
    }

    /** Whether the operation names any record: a path parameter, an id filter or an id in its body. */
    protected boolean takesAnId(Operation op) {
        return op.params().stream().anyMatch(this::idParam)
                || op.hasBody() && bodies.properties(op.bodySchema()).keySet().stream().anyMatch(Fixtures::isId);
    }

    protected boolean pathNamesUnitRecord(Operation op) {
        return op.params("path").stream().anyMatch(p -> fx.resolve(p.name(), "path").scope() == Fixtures.Scope.UNIT);
    }

    private Call call(Operation op, Actor actor, ToLongFunction<Ref> id) {
        Call call = Call.of(op.method(), op.path()).header("Accept", op.accept()).as(actor);
        for (Param p : op.params()) {
            if (idParam(p)) {
                long value = id.applyAsLong(fx.resolve(p.name(), p.in()));
                call = p.in().equals("path") ? call.path(p.name(), value) : call.query(p.name(), value);
            }
        }
        if (op.hasBody()) {
            call = call.json(bodies.minimal(op.bodySchema()).toString());
        }
        if (op.params("header").stream().anyMatch(p -> p.name().equals("If-Match")) && op.method().equals("patch")) {
            call = call.header("If-Match", currentEtag(op, call));
        }
        return call;
    }

    private boolean idParam(Param p) {
        return p.in().equals("path") || p.in().equals("query") && Fixtures.isId(p.name());
    }

    /** The ETag a client would read first: GET on the same path as a role allowed to read it. */
    private String currentEtag(Operation op, Call call) {
        return api.operations().stream()
                .filter(o -> o.path().equals(op.path()) && o.method().equals("get"))
                .findFirst()
                .map(get -> {
                    Actor reader = fx.allowedActorFor(get);
                    Call read = new Call("get", call.pathTemplate(), call.pathValues(), call.query(), null, null,
                            Map.of()).as(reader);
                    return read.send().header("ETag");
                })
                .orElse(null);
    }

    /**
     * A dynamic test whose failure message starts with its own name, so the build's summary says
     * which operation and caller failed rather than an index.
     */
    protected static DynamicTest named(String name, Executable check) {
        return DynamicTest.dynamicTest(name, () -> {
            try {
                check.execute();
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * The checks at the door, before any record matters: a caller without a working token gets
     * 401, a role the operation does not document 403, and neither changes anything. True when
     * the caller was turned away there.
     */
    protected boolean turnedAwayAtTheDoor(Operation op, Actor actor, Call call) {
        if (!actor.authenticated()) {
            Checks.unauthenticated(refused(call::send));
            return true;
        }
        if (!op.allows(actor.role())) {
            Checks.forbidden(refused(call::send));
            return true;
        }
        return false;
    }

    /** Runs a request the service must refuse, and proves the database is exactly as before. */
    protected Answer refused(Supplier<Answer> request) {
        String before = db.take();
        Answer r = request.get();
        assertEquals(before, db.take(), () -> "a refused request changed the database: " + r.statusCode() + " "
                + r.asString());
        return r;
    }

}
