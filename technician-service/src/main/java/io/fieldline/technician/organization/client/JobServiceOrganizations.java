package io.fieldline.technician.organization.client;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.technician.organization.Network;
import io.fieldline.technician.organization.Organization;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;

/**
 * Asks job-service, which owns organizations, about one that technician-service has not yet learned from its events.
 * The question is idempotent, so a failed call is retried briefly; if job-service stays unreachable the caller's
 * change fails with a 503 that says nothing changed, never with an answer technician-service cannot know.
 */
@ApplicationScoped
public class JobServiceOrganizations {

    private static final int NOT_FOUND = 404;

    private final JobServiceOrganizationsApi jobs;

    public JobServiceOrganizations(@RestClient JobServiceOrganizationsApi jobs) {
        this.jobs = jobs;
    }

    /** The organization with this id in this account as job-service has it now; null when the account has none. */
    public Uni<Organization> find(long accountId, long id) {
        return jobs.get(id, accountId)
                .map(answer -> new Organization(answer.id(), answer.accountId(), Network.of(answer.network()),
                        answer.deleted(), answer.version()))
                .onFailure(JobServiceOrganizations::isNotFound).recoverWithNull()
                .onFailure().retry().withBackOff(Duration.ofMillis(100)).atMost(2)
                .onFailure().transform(failure -> {
                    Log.errorf(failure, "Could not ask job-service about organization %d", id);
                    return new ApiException(503, "service_unavailable",
                            "The organization could not be checked right now; nothing was changed, please retry");
                });
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException refused && refused.getResponse().getStatus() == NOT_FOUND;
    }
}
