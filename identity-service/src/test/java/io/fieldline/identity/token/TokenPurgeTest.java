package io.fieldline.identity.token;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The token tables do not grow without bound. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class TokenPurgeTest {

    @Inject
    TokenPurge purge;

    @Inject
    Pool database;

    @Test
    void shouldDeleteExpiredRefreshTokensAndRevokedAccessTokenIds() throws Throwable {
        String expiredHash = "expired-" + UUID.randomUUID();
        String liveHash = "live-" + UUID.randomUUID();
        String expiredJti = "jti-" + UUID.randomUUID();
        database.preparedQuery("""
                        INSERT INTO refresh_token (token_hash, client_id, account_id, scopes, issued_at, expires_at, family_id)
                        SELECT $1, id, account_id, 'users:read', now() - interval '31 days', now() - interval '1 day',
                               gen_random_uuid()
                        FROM oauth_client WHERE client_id = 'test-job-source'""")
                .execute(Tuple.of(expiredHash)).await().indefinitely();
        database.preparedQuery("""
                        INSERT INTO refresh_token (token_hash, client_id, account_id, scopes, issued_at, expires_at, family_id)
                        SELECT $1, id, account_id, 'users:read', now(), now() + interval '30 days', gen_random_uuid()
                        FROM oauth_client WHERE client_id = 'test-job-source'""")
                .execute(Tuple.of(liveHash)).await().indefinitely();
        database.preparedQuery("""
                        INSERT INTO revoked_access_token (jti, account_id, expires_at, revoked_at)
                        VALUES ($1, 1, now() - interval '1 minute', now() - interval '1 hour')""")
                .execute(Tuple.of(expiredJti)).await().indefinitely();

        VertxContextSupport.subscribeAndAwait(() -> purge.purge());

        assertThat(count("SELECT count(*) FROM refresh_token WHERE token_hash = $1", expiredHash), equalTo(0L));
        assertThat(count("SELECT count(*) FROM refresh_token WHERE token_hash = $1", liveHash), equalTo(1L));
        assertThat(count("SELECT count(*) FROM revoked_access_token WHERE jti = $1", expiredJti), equalTo(0L));
    }

    private long count(String sql, String value) {
        return database.preparedQuery(sql).execute(Tuple.of(value)).await().indefinitely().iterator().next().getLong(0);
    }
}
