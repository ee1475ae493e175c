package io.fieldline.platform.database;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Creates the PostgreSQL pool as Quarkus would, except that it also keeps long statements prepared. The client caches
 * a prepared statement only when its text is at most 2,048 characters by default; a longer one was parsed and planned
 * by PostgreSQL on every run, which cost more than running it. The token writes, each a single statement with its
 * audit entry and outbox event, are longer than that.
 */
@Singleton
public class StatementCachingPool implements PgPoolCreator {

    static final int LONGEST_CACHED_STATEMENT = 16 * 1024;

    @Override
    public Pool create(Input input) {
        List<SqlConnectOptions> servers = new ArrayList<>();
        for (PgConnectOptions options : input.pgConnectOptionsList()) {
            servers.add(options.setPreparedStatementCacheSqlLimit(LONGEST_CACHED_STATEMENT));
        }
        return PgBuilder.pool()
                .with(input.poolOptions())
                .connectingTo(servers)
                .using(input.vertx())
                .build();
    }
}
