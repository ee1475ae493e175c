package io.fieldline.identity.database;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The token writes are single statements of more than 2 KB; the pool keeps them prepared on each connection, so that
 * PostgreSQL does not parse and plan them on every run.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class LongStatementsStayPreparedTest {

    @Inject
    Pool database;

    @Test
    void shouldKeepAStatementOfMoreThanTwoKilobytesPreparedOnItsConnection() {
        String marker = "long_statement_" + System.nanoTime();
        String statement = "SELECT $1::int AS " + marker + " -- " + "x".repeat(3000);

        long prepared = database.withConnection(connection -> connection.preparedQuery(statement).execute(Tuple.of(1))
                        .chain(() -> connection.preparedQuery(
                                        "SELECT count(*) AS prepared FROM pg_prepared_statements WHERE statement LIKE $1")
                                .execute(Tuple.of("%" + marker + "%")))
                        .map(rows -> rows.iterator().next().getLong("prepared")))
                .await().indefinitely();

        assertThat(prepared, equalTo(1L));
    }
}
