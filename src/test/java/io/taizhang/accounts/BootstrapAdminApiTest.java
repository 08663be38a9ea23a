package io.taizhang.accounts;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.taizhang.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fresh deployment is administered with the token given in TAIZHANG_BOOTSTRAP_ADMIN_TOKEN. */
@QuarkusTest
@TestProfile(BootstrapAdminApiTest.WithBootstrapToken.class)
class BootstrapAdminApiTest extends ApiTest {

    static final String TOKEN = "tzk_bootstrap_token_for_the_test_run_0123456789";

    public static class WithBootstrapToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("taizhang.bootstrap-admin-token", TOKEN);
        }
    }

    @Test
    void theBootstrapTokenAdministersTheDeploymentAndStartingAgainChangesNothing() {
        // the world reset emptied the tokens; starting again is what a restart would do
        BootstrapAdmin bootstrap = io.quarkus.arc.Arc.container().instance(BootstrapAdmin.class).get();
        bootstrap.onStart(null);
        anonymous().header("Authorization", "Bearer " + TOKEN).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("admin")).body("role", equalTo("ADMIN"));
        anonymous().header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("username", "inspector-zhang", "displayName", "张检查员", "role", "INSPECTOR"))
                .post("/api/v1/accounts").then().statusCode(201);
        bootstrap.onStart(null);
        long admin = world.actor("admin").accountId();
        as("admin").get("/api/v1/accounts/" + admin + "/tokens").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("findAll { it.label.startsWith('bootstrap') }.size()", equalTo(1));
    }
}
