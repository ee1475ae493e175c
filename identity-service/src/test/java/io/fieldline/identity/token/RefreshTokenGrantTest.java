package io.fieldline.identity.token;

import io.fieldline.identity.client.SecretHasher;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** {@code grant_type=refresh_token}, as the API document's "Refreshing your Token" and RFC 6749 section 6 describe it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class RefreshTokenGrantTest {

    @Inject
    Pool database;

    @Inject
    SecretHasher hasher;

    @Test
    void shouldExchangeARefreshTokenForANewPairWithOnlyTheRefreshTokenInTheRequest() {
        Map<String, Object> first = OAuthClients.clientCredentialsToken();

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", first.get("refresh_token")))
                .when().post("/v3/oauth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(10800))
                .body("created_at", notNullValue())
                .body("access_token", not(equalTo(first.get("access_token"))))
                .body("refresh_token", not(equalTo(first.get("refresh_token"))))
                .body("scope", equalTo(first.get("scope")));
    }

    @Test
    void shouldGiveTheSamePairToAClientThatRetriesWithinTheGraceWindow() {
        String retired = (String) OAuthClients.clientCredentialsToken().get("refresh_token");
        Map<String, Object> first = refresh(retired);

        Map<String, Object> retried = refresh(retired);

        assertThat(retried, equalTo(first));
    }

    @Test
    void shouldGiveConcurrentRefreshesOfOneTokenTheSamePair() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String token = (String) OAuthClients.clientCredentialsToken().get("refresh_token");
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<Future<Map<String, Object>>> answers = clients.invokeAll(
                        Collections.nCopies(4, (Callable<Map<String, Object>>) () -> refresh(token)));
                Set<Object> refreshTokens = new HashSet<>();
                for (Future<Map<String, Object>> answer : answers) {
                    refreshTokens.add(answer.get().get("refresh_token"));
                }
                assertThat(refreshTokens.size(), equalTo(1));
            } finally {
                clients.shutdown();
            }
        }
    }

    @Test
    void shouldGiveEachOfManyConcurrentRefreshesOfTwoTenantsItsOwnNextPair() throws Exception {
        String[] otherTenant = OAuthClients.clientOfAnotherAccount(database, hasher);
        List<String> clientIds = new ArrayList<>();
        List<String> refreshTokens = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String clientId = i % 2 == 0 ? OAuthClients.CLIENT_ID : otherTenant[0];
            String secret = i % 2 == 0 ? OAuthClients.CLIENT_SECRET : otherTenant[1];
            clientIds.add(clientId);
            refreshTokens.add((String) OAuthClients.token(Map.of("grant_type", "client_credentials",
                    "client_id", clientId, "client_secret", secret)).get("refresh_token"));
        }
        // a token that was already used, past its grace, refreshed alongside, is refused and changes nothing for them
        String used = refreshTokens.remove(0);
        refresh(used);
        database.preparedQuery("UPDATE refresh_token SET rotated_at = rotated_at - interval '1 hour' WHERE token_hash = $1")
                .execute(Tuple.of(hasher.hash(used))).await().indefinitely();
        clientIds.remove(0);

        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            Future<Integer> refused = clients.submit(() -> refreshStatus(used));
            List<Callable<Map<String, Object>>> refreshes = refreshTokens.stream()
                    .map(token -> (Callable<Map<String, Object>>) () -> refresh(token)).toList();
            List<Future<Map<String, Object>>> answers = clients.invokeAll(refreshes);
            assertThat(refused.get(), equalTo(400));
            for (int i = 0; i < answers.size(); i++) {
                Map<String, Object> next = answers.get(i).get();
                assertThat(claims((String) next.get("access_token")).get("client_id"), equalTo(clientIds.get(i)));
                Map<String, Object> following = refresh((String) next.get("refresh_token"));
                assertThat(claims((String) following.get("access_token")).get("client_id"), equalTo(clientIds.get(i)));
            }
        } finally {
            clients.shutdown();
        }
    }

    @Test
    void shouldRevokeTheWholeFamilyWhenARetiredTokenIsUsedAfterTheGraceWindow() {
        String retired = (String) OAuthClients.clientCredentialsToken().get("refresh_token");
        String current = (String) refresh(retired).get("refresh_token");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() ->
                refreshStatus(retired) == 400);

        given().contentType(ContentType.URLENC).formParams("grant_type", "refresh_token", "refresh_token", current)
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"));
    }

    @Test
    void shouldRefuseAnUnknownRefreshToken() {
        given().contentType(ContentType.URLENC).formParams("grant_type", "refresh_token", "refresh_token", "made-up")
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("The refresh token is invalid, expired or revoked"));
    }

    @Test
    void shouldRequireTheRefreshToken() {
        given().contentType(ContentType.URLENC).formParams("grant_type", "refresh_token")
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("refresh_token is required"));
    }

    @Test
    void shouldAcceptTheTokensOwnClientCredentialsAlongside() {
        String refreshToken = (String) OAuthClients.clientCredentialsToken().get("refresh_token");
        given().auth().preemptive().basic(OAuthClients.CLIENT_ID, OAuthClients.CLIENT_SECRET)
                .contentType(ContentType.URLENC).formParams("grant_type", "refresh_token", "refresh_token", refreshToken)
                .when().post("/v3/oauth/token")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseARefreshTokenPresentedByAnotherClient() {
        String refreshToken = (String) OAuthClients.clientCredentialsToken().get("refresh_token");
        String[] other = OAuthClients.anotherClient(database, hasher);

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                        "client_id", other[0], "client_secret", other[1]))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                        "client_id", OAuthClients.CLIENT_ID, "client_secret", "wrong"))
                .when().post("/v3/oauth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void shouldNarrowButNeverWidenTheScope() {
        String refreshToken = (String) OAuthClients.token(Map.of("grant_type", "client_credentials",
                "client_id", OAuthClients.CLIENT_ID, "client_secret", OAuthClients.CLIENT_SECRET,
                "scope", "users:read users:write")).get("refresh_token");

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "scope", "jobs:read"))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "scope", "users:read"))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).body("scope", equalTo("users:read"));
    }

    @Test
    void shouldRefuseARefreshTokenWhoseOwnClaimsWereAlteredAndChangeNothing() {
        String refreshToken = (String) OAuthClients.clientCredentialsToken().get("refresh_token");
        String random = refreshToken.substring(0, refreshToken.indexOf('.'));
        String otherAccount = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("[\"" + OAuthClients.CLIENT_ID + "\",2,\"admin\"]").getBytes(StandardCharsets.UTF_8));

        assertThat(refreshStatus(random + "." + otherAccount), equalTo(400));
        assertThat(refreshStatus(random), equalTo(400));
        assertThat(refreshStatus(refreshToken), equalTo(200));
    }

    @Test
    void shouldRefuseToRefreshForAClientThatMayNoLongerRefresh() {
        String[] client = OAuthClients.anotherClient(database, hasher);
        String refreshToken = (String) OAuthClients.token(Map.of("grant_type", "client_credentials",
                "client_id", client[0], "client_secret", client[1])).get("refresh_token");
        database.preparedQuery("UPDATE oauth_client SET grant_types = 'client_credentials' WHERE client_id = $1")
                .execute(Tuple.of(client[0])).await().indefinitely();

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    private static Map<String, Object> refresh(String refreshToken) {
        return OAuthClients.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private static Map<String, Object> claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).getMap("");
    }

    private static int refreshStatus(String refreshToken) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))
                .when().post("/v3/oauth/token").statusCode();
    }
}
