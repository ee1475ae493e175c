package io.fieldline.technician.organization;

import io.fieldline.platform.events.VersionedUpsert;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** The read model of organizations: each stored at its newest known version, from events or job-service's answers. */
@ApplicationScoped
public class KnownOrganizations {

    private static final String UPSERT = VersionedUpsert.sql("organization", "id", "id", "account_id", "network",
            "deleted", "version");

    private final Pool pool;

    public KnownOrganizations(Pool pool) {
        this.pool = pool;
    }

    /** Stores the organization unless a version at least as new is already stored. */
    public Uni<Void> remember(Organization organization) {
        return pool.preparedQuery(UPSERT).execute(Tuple.of(organization.id(), organization.accountId(),
                organization.network().wireName(), organization.deleted(), organization.version())).replaceWithVoid();
    }

    /** The organization with this id in this account, or null when none is known. */
    public Uni<Organization> find(long accountId, long id) {
        return pool.preparedQuery("SELECT * FROM organization WHERE id = $1 AND account_id = $2")
                .execute(Tuple.of(id, accountId))
                .map(KnownOrganizations::first);
    }

    private static Organization first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row row = rows.iterator().next();
        return new Organization(row.getLong("id"), row.getLong("account_id"), Network.of(row.getString("network")),
                row.getBoolean("deleted"), row.getLong("version"));
    }
}
