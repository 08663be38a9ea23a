package io.taizhang.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.taizhang.accounts.TokenCache;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the API tests: a fresh world before each test, and requests made the way a liaison, an
 * inspector or a dashboard would make them, over real HTTP against the real PostgreSQL.
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public abstract class ApiTest {

    public static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    protected TestClock clock;

    @Inject
    TokenCache tokenCache;

    protected World world;
    protected Scenario scenario;

    @BeforeEach
    void freshWorld() {
        clock.reset();
        tokenCache.clear();
        world = World.reset();
        scenario = new Scenario(this);
    }

    /** A request as the given test actor (e.g. "inspector", "liaison-ipc"). */
    protected RequestSpecification as(String username) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + world.actor(username).token());
    }

    protected RequestSpecification asLiaisonOf(String unitCode) {
        return as(world.liaisonOf(unitCode).username());
    }

    protected RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
