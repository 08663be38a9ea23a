package io.taizhang.security;

import io.restassured.specification.RequestSpecification;
import io.taizhang.support.Scenario;
import io.taizhang.support.World;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The data the batteries aim at: records of unit A (IPC) reachable under every id parameter the
 * API has, a few records of unit B (CC1) so that B's liaison has rows of its own, and tokens that
 * no longer work. {@link #resolve} fails loudly on a parameter it does not know, so a new
 * endpoint cannot slip past the matrices unnoticed.
 */
final class Fixtures {

    static final String OWN = "IPC";
    static final String OTHER = "CC1";
    /** An id no record has: "missing" answers are compared with "foreign" ones. */
    static final long MISSING = 987_654_321L;

    /** UNIT: belongs to unit A and does not exist for another unit's liaison. SHARED: reference data. */
    enum Scope { UNIT, SHARED }

    record Ref(String name, Scope scope, long id) {
    }

    /** Who sends a request: a role with a working token, or an Authorization header that must fail. */
    record Actor(String label, String role, String authorization, Long unitId) {

        boolean authenticated() {
            return role != null;
        }
    }

    final long unitA;
    final long unitB;
    final long campaign;
    final long meeting;
    final long problemA;
    final long measureA;
    final long evidenceA;
    final long entryA;
    final long problemB;
    final long extensionA;
    final long urgeA;
    final long escalationA;
    final long lookBackA;
    final long themeA;
    final long spareAccount;
    final long spareToken;
    final Actor ownLiaison;
    final Actor otherLiaison;
    /** Inspector, steering and dashboard: they read every unit. */
    final List<Actor> staff;
    final Actor admin;
    final List<Actor> unauthenticated;

    Fixtures(World world, Scenario scenario, Function<String, RequestSpecification> as, Snapshot db) {
        unitA = world.units.get(OWN);
        unitB = world.units.get(OTHER);
        campaign = world.campaignId;
        meeting = world.meetingId;
        problemA = scenario.fileProblem(OWN);
        measureA = scenario.addMeasure(OWN, problemA);
        scenario.startMeasure(OWN, measureA);
        evidenceA = scenario.addEvidence(OWN, measureA);
        as.apply(world.liaisonOf(OWN).username()).body(Map.of("percent", 40, "note", "台账已建立一半"))
                .post("/api/v1/measures/" + measureA + "/progress-reports").then().statusCode(200);
        entryA = db.scalar("SELECT min(id) FROM ledger_entry WHERE problem_id = " + problemA);
        problemB = scenario.fileProblem(OTHER);
        scenario.addMeasure(OTHER, problemB);
        String liaisonA = world.liaisonOf(OWN).username();
        String later = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(90).toString();
        extensionA = as.apply(liaisonA).body(Map.of("requestedDeadline", later, "reason", "配套制度待出台"))
                .post("/api/v1/problems/" + problemA + "/extension-requests").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        urgeA = as.apply("inspector").body(Map.of("message", "请按时报告进展", "replyBy", later))
                .post("/api/v1/problems/" + problemA + "/urges").then().statusCode(201).extract().jsonPath().getLong("id");
        escalationA = as.apply("inspector").body(Map.of("reason", "整改滞后", "superviseUntil", later))
                .post("/api/v1/problems/" + problemA + "/escalations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long closedA = scenario.closedProblem(OWN);
        lookBackA = db.scalar("SELECT id FROM look_back WHERE problem_id = " + closedA);
        // two of unit A's problems, so that unlinking the one the battery names leaves the theme unit A's
        themeA = as.apply("inspector").body(Map.of("title", "共性问题", "description", "多个单位存在同类问题",
                "problemIds", List.of(problemA, scenario.fileProblem(OWN)))).post("/api/v1/themes").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        spareAccount = as.apply("admin").body(Map.of("username", "spare.liaison", "displayName", "备用联络员",
                "role", "LIAISON", "unitId", unitA)).post("/api/v1/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        spareToken = as.apply("admin").body(Map.of("label", "spare")).post("/api/v1/accounts/" + spareAccount + "/tokens")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        World.Actor a = world.liaisonOf(OWN);
        ownLiaison = new Actor("liaison of " + OWN, "LIAISON", bearer(a.token()), unitA);
        otherLiaison = new Actor("liaison of another unit (" + OTHER + ")", "LIAISON",
                bearer(world.liaisonOf(OTHER).token()), unitB);
        staff = List.of(
                new Actor("inspector", "INSPECTOR", bearer(world.actor("inspector").token()), null),
                new Actor("steering", "STEERING", bearer(world.actor("steering").token()), null),
                new Actor("dashboard", "DASHBOARD", bearer(world.actor("dashboard").token()), null));
        admin = new Actor("admin", "ADMIN", bearer(world.actor("admin").token()), null);
        String revoked = token(db, a.accountId(), "now() - interval '1 hour'", "now() + interval '1 day'", "now()");
        String expired = token(db, a.accountId(), "now() - interval '2 days'", "now() - interval '1 second'", "NULL");
        unauthenticated = List.of(
                new Actor("no token", null, null, null),
                new Actor("revoked token", null, bearer(revoked), null),
                new Actor("expired token", null, bearer(expired), null));
    }

    /** The record a parameter of this name and location points at, for unit A. */
    Ref resolve(String name, String in) {
        return switch (name) {
            case "problemId" -> new Ref(name, Scope.UNIT, problemA);
            case "measureId" -> new Ref(name, Scope.UNIT, measureA);
            case "evidenceId" -> new Ref(name, Scope.UNIT, evidenceA);
            case "entryId" -> new Ref(name, Scope.UNIT, entryA);
            // a unit is reference data every role reads; as a filter or a body field it names an owner
            case "unitId" -> new Ref(name, "path".equals(in) ? Scope.SHARED : Scope.UNIT, unitA);
            case "campaignId" -> new Ref(name, Scope.SHARED, campaign);
            case "meetingId" -> new Ref(name, Scope.SHARED, meeting);
            case "accountId" -> new Ref(name, Scope.SHARED, spareAccount);
            case "tokenId" -> new Ref(name, Scope.SHARED, spareToken);
            case "requestId" -> new Ref(name, Scope.UNIT, extensionA);
            case "urgeId" -> new Ref(name, Scope.UNIT, urgeA);
            case "escalationId" -> new Ref(name, Scope.UNIT, escalationA);
            case "lookBackId" -> new Ref(name, Scope.UNIT, lookBackA);
            case "themeId" -> new Ref(name, Scope.UNIT, themeA);
            default -> throw new AssertionError("the security battery cannot resolve the " + in + " parameter '" + name
                    + "': add a record for it to io.taizhang.security.Fixtures, so that its endpoints are covered");
        };
    }

    /** Whether a query parameter or body property names a record (and so goes through {@link #resolve}). */
    static boolean isId(String name) {
        return name.endsWith("Id");
    }

    /** Everyone with a working token: both liaisons, inspector, steering, dashboard and admin. */
    List<Actor> authenticated() {
        return Stream.of(Stream.of(ownLiaison, otherLiaison), staff.stream(), Stream.of(admin)).flatMap(s -> s).toList();
    }

    /** The actor a battery sends valid-looking requests as: a role the operation documents, unit A's liaison first. */
    Actor allowedActorFor(ApiContract.Operation op) {
        return Stream.of(Stream.of(ownLiaison), staff.stream(), Stream.of(admin)).flatMap(s -> s)
                .filter(a -> op.allows(a.role())).findFirst()
                .orElseThrow(() -> new AssertionError(op.label() + " documents no role a battery actor has: " + op.roles()));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A token of the given account inserted as it would be after a revocation or past its expiry. */
    private static String token(Snapshot db, long accountId, String createdAt, String expiresAt, String revokedAt) {
        String token = "tzk_test_" + UUID.randomUUID().toString().replace("-", "");
        db.execute("INSERT INTO api_token (id, account_id, token_hash, label, created_at, expires_at, revoked_at) "
                + "VALUES (nextval('api_token_seq'), " + accountId + ", decode('" + sha256Hex(token) + "', 'hex'), "
                + "'battery', " + createdAt + ", " + expiresAt + ", " + revokedAt + ")");
        return token;
    }

    private static String sha256Hex(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
