package io.fieldline.identity.token;

import io.fieldline.identity.client.SecretHasher;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test helpers: the bootstrap client of the test profile, more clients, and token requests. */
final class OAuthClients {

    static final String CLIENT_ID = "test-job-source";
    static final String CLIENT_SECRET = "test-job-source-secret-0123456789abcdef";

    private OAuthClients() {
    }

    /** A second client of the bootstrap client's account, stored as identity-service stores clients. */
    static String[] anotherClient(Pool database, SecretHasher hasher) {
        String clientId = "other-" + UUID.randomUUID();
        String secret = "other-secret-" + UUID.randomUUID();
        database.preparedQuery("""
                        INSERT INTO oauth_client (account_id, client_id, secret_hash, scopes, grant_types)
                        SELECT account_id, $1, $2, scopes, grant_types FROM oauth_client WHERE client_id = $3""")
                .execute(Tuple.of(clientId, hasher.hash(secret), CLIENT_ID)).await().indefinitely();
        return new String[] {clientId, secret};
    }

    /** A client of an account of its own, stored as identity-service stores clients. */
    static String[] clientOfAnotherAccount(Pool database, SecretHasher hasher) {
        String clientId = "tenant-" + UUID.randomUUID();
        String secret = "tenant-secret-" + UUID.randomUUID();
        database.preparedQuery("""
                        WITH tenant AS (INSERT INTO account (name) VALUES ('Another tenant') RETURNING id)
                        INSERT INTO oauth_client (account_id, client_id, secret_hash, scopes, grant_types)
                        SELECT tenant.id, $1, $2, 'users:read', 'client_credentials refresh_token' FROM tenant""")
                .execute(Tuple.of(clientId, hasher.hash(secret))).await().indefinitely();
        return new String[] {clientId, secret};
    }

    static Map<String, Object> clientCredentialsToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
    }

    static Map<String, Object> token(Map<String, String> request) {
        return given().contentType(ContentType.JSON).body(request)
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().as(Map.class);
    }
}
