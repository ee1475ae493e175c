package io.fieldline.technician.organization;

import io.fieldline.events.OrganizationEvent;
import io.fieldline.messaging.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps technician-service's read model of organizations from {@value OrganizationEvent#TOPIC}. Idempotent: an event
 * whose version is not newer than the stored one changes nothing. A poison event goes to the dead-letter topic without
 * blocking the partition.
 */
@ApplicationScoped
public class OrganizationProjector {

    private final KnownOrganizations organizations;
    private final EventConsumer events;

    public OrganizationProjector(KnownOrganizations organizations, EventConsumer events) {
        this.organizations = organizations;
        this.events = events;
    }

    @Incoming("organizations")
    public Uni<Void> project(ConsumerRecord<String, String> record) {
        return events.consume(OrganizationEvent.CONTRACT, record, event -> {
            OrganizationEvent organization = event.data();
            return organizations.remember(new Organization(organization.id(), organization.accountId(),
                    Network.of(organization.network()), organization.deleted(), organization.version()));
        });
    }
}
