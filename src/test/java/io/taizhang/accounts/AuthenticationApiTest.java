package io.taizhang.accounts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.taizhang.support.ApiTest;
import io.taizhang.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nothing is anonymous: tokens are checked, cached briefly, and revocation is immediate. */
@QuarkusTest
class AuthenticationApiTest extends ApiTest {

    @Test
    void noTokenOrAnUnknownOneIs401WithAChallenge() {
        anonymous().get("/api/v1/problems").then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:taizhang:error:unauthenticated"));
        anonymous().header("Authorization", "Bearer tzk_this_token_was_never_issued_0000").get("/api/v1/problems")
                .then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/me").then().statusCode(401);
        anonymous().header("Authorization", "Bearer \u0001").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void meSaysWhoTheCallerIs() {
        asLiaisonOf("IPC").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("liaison-ipc")).body("role", equalTo("LIAISON"))
                .body("unit.code", equalTo("IPC")).body("unit.nameZh", equalTo("最高人民法院知识产权法庭"));
        as("inspector").get("/api/v1/me").then().body("role", equalTo("INSPECTOR")).body("unit", nullValue());
    }

    @Test
    void anAdminIssuesATokenThatIsShownOnceAndWorksAtOnce() {
        long account = as("admin").body(Map.of("username", "liaison2-njc", "displayName", "国家法官学院 联络员二",
                "role", "LIAISON", "unitId", world.units.get("NJC"))).post("/api/v1/accounts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String token = as("admin").body(Map.of("label", "script")).post("/api/v1/accounts/" + account + "/tokens")
                .then().statusCode(201).body("token", startsWith("tzk_")).extract().path("token");
        org.junit.jupiter.api.Assertions.assertTrue(token.length() >= 4 + 43, "at least 256 bits of randomness");
        anonymous().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200)
                .body("unit.code", equalTo("NJC"));
        as("admin").get("/api/v1/accounts/" + account + "/tokens").then().statusCode(200)
                .body("[0].state", equalTo("ACTIVE")).body("[0]", not(org.hamcrest.Matchers.hasKey("token")));
    }

    @Test
    void revocationTakesEffectImmediatelyDespiteTheCache() {
        var liaison = world.liaisonOf("IPC");
        String auth = "Bearer " + liaison.token();
        anonymous().header("Authorization", auth).get("/api/v1/me").then().statusCode(200);
        long tokenId = as("admin").get("/api/v1/accounts/" + liaison.accountId() + "/tokens").then().extract()
                .jsonPath().getLong("[0].id");
        as("admin").delete("/api/v1/accounts/" + liaison.accountId() + "/tokens/" + tokenId).then().statusCode(204);
        anonymous().header("Authorization", auth).get("/api/v1/me").then().statusCode(401);
        as("admin").get("/api/v1/accounts/" + liaison.accountId() + "/tokens").then().body("[0].state", equalTo("REVOKED"));
    }

    @Test
    void aWarmTokenIsServedFromTheCacheWithoutTheDatabase() throws SQLException {
        var liaison = world.liaisonOf("IPC");
        String auth = "Bearer " + liaison.token();
        anonymous().header("Authorization", auth).get("/api/v1/me").then().statusCode(200);
        // revoked behind the service's back (another instance, say): the cache still answers within its TTL
        sql("UPDATE api_token SET revoked_at = now() WHERE account_id = " + liaison.accountId());
        anonymous().header("Authorization", auth).get("/api/v1/me").then().statusCode(200);
        // once the TTL (30 s) has passed the token is looked up again and refused
        clock.advance(Duration.ofSeconds(31));
        anonymous().header("Authorization", auth).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void expiredTokensAndDeactivatedAccountsAreRefused() {
        var liaison = world.liaisonOf("IPC");
        String etag = as("admin").get("/api/v1/accounts/" + liaison.accountId()).then().extract().header("ETag");
        as("admin").header("If-Match", etag).body(Map.of("active", false)).patch("/api/v1/accounts/" + liaison.accountId())
                .then().statusCode(200).body("active", equalTo(false));
        asLiaisonOf("IPC").get("/api/v1/me").then().statusCode(401);
        as("inspector").get("/api/v1/me").then().statusCode(200);
        clock.advance(Duration.ofDays(365 * 11));
        as("inspector").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aDeactivatedUnitsLiaisonsLoseAccess() {
        long unit = world.units.get("PCP");
        String etag = as("admin").get("/api/v1/units/" + unit).then().extract().header("ETag");
        asLiaisonOf("PCP").get("/api/v1/me").then().statusCode(200);
        as("admin").header("If-Match", etag).body(Map.of("active", false)).patch("/api/v1/units/" + unit).then().statusCode(200);
        asLiaisonOf("PCP").get("/api/v1/me").then().statusCode(401);
        as("inspector").get("/api/v1/units?active=false").then().body("code", hasItem("PCP"));
    }

    @Test
    void theLastActiveAdminCannotBeDeactivated() {
        long admin = world.actor("admin").accountId();
        String etag = as("admin").get("/api/v1/accounts/" + admin).then().extract().header("ETag");
        as("admin").header("If-Match", etag).body(Map.of("active", false)).patch("/api/v1/accounts/" + admin)
                .then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void accountRulesAreChecked() {
        as("admin").body(Map.of("username", "nounit", "displayName", "x", "role", "LIAISON")).post("/api/v1/accounts")
                .then().statusCode(400).body("violations[0].field", equalTo("unitId"));
        as("admin").body(Map.of("username", "bot", "displayName", "x", "role", "SYSTEM")).post("/api/v1/accounts")
                .then().statusCode(400).body("violations[0].field", equalTo("role"));
        as("admin").body(Map.of("username", "inspector", "displayName", "x", "role", "INSPECTOR")).post("/api/v1/accounts")
                .then().statusCode(409);
        as("inspector").body(Map.of("username", "sneaky", "displayName", "x", "role", "ADMIN")).post("/api/v1/accounts")
                .then().statusCode(403);
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
