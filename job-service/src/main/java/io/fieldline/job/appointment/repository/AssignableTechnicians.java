package io.fieldline.job.appointment.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may be assigned to an appointment, from job-service's read model of the workforce ({@code workforce_user}, kept
 * from technician-service's user events): an active technician of the job's organization.
 */
@ApplicationScoped
public class AssignableTechnicians {

    private static final String ACTIVE_TECHNICIAN = """
            SELECT 1 FROM workforce_user
             WHERE id = $1 AND account_id = $2 AND organization_id = $3 AND active AND is_technician""";

    /** Whether {@code userId} is an active technician of the organization of the account. */
    public Uni<Boolean> isAssignable(SqlClient client, long accountId, long organizationId, long userId) {
        return client.preparedQuery(ACTIVE_TECHNICIAN).execute(Tuple.of(userId, accountId, organizationId))
                .map(rows -> rows.size() > 0);
    }
}
