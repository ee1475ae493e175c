package io.fieldline.technician.organization;

import io.fieldline.events.OrganizationEvent;
import io.fieldline.messaging.EventConsumer;
import io.fieldline.technician.organization.service.InitialUsers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps technician-service's read model of organizations from {@value OrganizationEvent#TOPIC}. Idempotent: an event
 * whose version is not newer than the stored one changes nothing. A poison event goes to the dead-letter topic without
 * blocking the partition. A {@code created} event with {@code create_user} also creates the organization's initial user,
 * once.
 */
@ApplicationScoped
public class OrganizationProjector {

    private final KnownOrganizations organizations;
    private final EventConsumer events;
    private final InitialUsers initialUsers;

    public OrganizationProjector(KnownOrganizations organizations, EventConsumer events, InitialUsers initialUsers) {
        this.organizations = organizations;
        this.events = events;
        this.initialUsers = initialUsers;
    }

    @Incoming("organizations")
    public Uni<Void> project(ConsumerRecord<String, String> record) {
        return events.consume(OrganizationEvent.CONTRACT, record, event -> {
            OrganizationEvent organization = event.data();
            Uni<Void> remembered = organizations.remember(new Organization(organization.id(), organization.accountId(),
                    Network.of(organization.network()), organization.deleted(), organization.version()));
            return OrganizationEvent.CREATED.equals(event.type())
                    ? remembered.chain(() -> initialUsers.createFor(organization)) : remembered;
        });
    }
}
