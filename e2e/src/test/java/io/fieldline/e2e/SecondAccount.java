package io.fieldline.e2e;

import io.fieldline.local.LocalSecrets;
import io.fieldline.local.Suite;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;

/**
 * A second tenant with its own job-source client, written straight into identity-service's database the way
 * identity-service stores clients, since accounts have no public API yet.
 */
record SecondAccount(String clientId, String clientSecret) {

    static SecondAccount create(Suite suite) throws Exception {
        String clientId = "second-" + System.nanoTime();
        String secret = LocalSecrets.randomToken();
        try (Connection identity = DriverManager.getConnection(suite.postgres().jdbcUrl("identity"), "postgres", "")) {
            long account;
            try (PreparedStatement insert = identity.prepareStatement(
                    "INSERT INTO account (name) VALUES ('Second account') RETURNING id");
                 ResultSet created = insert.executeQuery()) {
                created.next();
                account = created.getLong(1);
            }
            try (PreparedStatement insert = identity.prepareStatement("""
                    INSERT INTO oauth_client (account_id, client_id, secret_hash, scopes, grant_types)
                    VALUES (?, ?, ?, 'technicians:read users:read users:write', 'client_credentials')""")) {
                insert.setLong(1, account);
                insert.setString(2, clientId);
                insert.setString(3, hash(secret, suite.settings().secrets().secretHashKey()));
                insert.executeUpdate();
            }
        }
        return new SecondAccount(clientId, secret);
    }

    private static String hash(String secret, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
