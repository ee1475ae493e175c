package io.fieldline.events;

import java.util.List;

/** Every event contract of Fieldline: what the AsyncAPI document, topic creation and the conformance tests go by. */
public final class EventContracts {

    public static final List<EventContract<?>> ALL = List.of(
            WorkforceUserEvent.CONTRACT, RevocationEvent.CONTRACT, AuditEvent.CONTRACT, OrganizationEvent.CONTRACT,
            CustomerEvent.CONTRACT, JobEvent.CONTRACT, DatafileEvent.CONTRACT, BrandEvent.CONTRACT,
            AppointmentEvent.CONTRACT);

    private EventContracts() {
    }

    /** The contracts a service ({@code quarkus.application.name}) publishes. */
    public static List<EventContract<?>> publishedBy(String service) {
        return ALL.stream().filter(contract -> contract.publisher().equals(service)).toList();
    }
}
