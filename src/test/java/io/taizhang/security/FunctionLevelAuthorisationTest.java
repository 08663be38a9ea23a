package io.taizhang.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.security.ApiContract.Operation;
import io.taizhang.security.Fixtures.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * OWASP API5 (broken function-level authorisation), generated from the served contract: each
 * operation documents the roles it allows in its security requirement; exactly those roles get
 * through, every other role gets 403, and a missing or bad credential 401. Methods a path does
 * not document answer 405, and an endpoint nobody annotated is denied to everyone.
 */
@QuarkusTest
class FunctionLevelAuthorisationTest extends BatteryTest {

    private static final Set<String> ROLES = Set.of("LIAISON", "INSPECTOR", "STEERING", "DASHBOARD", "ADMIN");

    @TestFactory
    Stream<DynamicTest> everyOperationAsEveryRoleAndWithBadCredentials() {
        prepare();
        List<Actor> actors = new ArrayList<>();
        actors.add(fx.ownLiaison);
        actors.addAll(fx.staff);
        actors.add(fx.admin);
        actors.addAll(fx.unauthenticated);
        actors.add(new Actor("an unknown token", null, "Bearer tzk_" + UUID.randomUUID().toString().replace("-", ""), null));
        actors.add(new Actor("a malformed token", null, "Bearer not a token!", null));
        actors.add(new Actor("Basic credentials", null, "Basic YWRtaW46YWRtaW4=", null));
        return api.operations().stream().flatMap(op -> actors.stream().map(actor -> named(op.label() + " as "
                + actor.label() + " → " + (!actor.authenticated() ? "401" : op.allows(actor.role()) ? "allowed" : "403"),
                () -> check(op, actor))));
    }

    private void check(Operation op, Actor actor) {
        Call call = call(op, actor);
        if (!turnedAwayAtTheDoor(op, actor, call)) {
            Answer r = call.send();
            Checks.wellFormed(r, call.body());
            assertTrue(r.statusCode() != 401 && r.statusCode() != 403, () -> "documented role refused: " + r.asString());
        }
    }

    @TestFactory
    Stream<DynamicTest> methodsAPathDoesNotDocumentAnswer405() {
        prepare();
        return api.methodsByPath().entrySet().stream().flatMap(path -> ApiContract.METHODS.stream()
                .filter(m -> !path.getValue().contains(m))
                .map(m -> named(m.toUpperCase(Locale.ROOT) + " " + path.getKey() + " → 405 with Allow",
                        () -> notAllowed(path.getKey(), m, path.getValue()))));
    }

    private void notAllowed(String path, String method, Set<String> documented) {
        Operation documentedOp = api.operations().stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow();
        Call template = call(documentedOp, fx.staff.get(0));
        Call call = new Call(method, path, template.pathValues(), Map.of(), null, null, template.headers());
        if (!method.equals("get") && !method.equals("delete")) {
            call = call.json("{}");
        }
        Call sent = call;
        Answer r = refused(sent::send);
        Checks.status(r, 405, sent.body());
        String allow = r.header("Allow");
        assertNotNull(allow, "405 lists the allowed methods in Allow");
        Set<String> allowed = Arrays.stream(allow.split(",")).map(String::trim).map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        assertTrue(allowed.containsAll(documented), () -> "Allow: " + allow + " should list " + documented);
        assertFalse(allowed.contains(method), () -> "Allow: " + allow);
    }

    @Test
    void everyOperationDocumentsTheRolesItAllows() {
        List<String> undocumented = ApiContract.served().operations().stream()
                .filter(op -> op.roles().isEmpty() || !ROLES.containsAll(op.roles()))
                .map(op -> op.label() + " " + op.roles()).toList();
        assertTrue(undocumented.isEmpty(), () -> "operations without a valid role list: " + undocumented);
    }

    @Test
    void anEndpointNobodyAnnotatedIsDeniedToEveryone() {
        String path = "/api/v1/test-only/unannotated";
        assertFalse(ApiContract.served().methodsByPath().containsKey(path), "the probe stays out of the contract");
        for (String method : List.of("get", "post")) {
            Checks.unauthenticated(Call.of(method, path).send());
            for (String user : List.of("liaison-ipc", "inspector", "steering", "dashboard", "admin")) {
                Answer r = Call.of(method, path).header("Authorization", "Bearer " + world.actor(user).token()).send();
                Checks.forbidden(r);
                assertEquals(-1, r.asString().indexOf("reached"), "the method body never ran");
            }
        }
    }
}
