package io.fieldline.events;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each contract owns its topic and its types; a producer finds them only through it. */
class EventContractsTest {

    @Test
    void shouldGiveEveryContractATopicAndTypesOfItsOwn() {
        Set<String> topics = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (EventContract<?> contract : EventContracts.ALL) {
            assertTrue(topics.add(contract.topic()), contract.topic() + " belongs to one contract");
            assertTrue(contract.topic().matches("fieldline\\.[a-z]+\\.[a-z-]+"), contract.topic());
            assertTrue(!contract.types().isEmpty(), contract.topic() + " carries a type");
            for (EventType<?> type : contract.types()) {
                assertTrue(types.add(type.name()), type.name() + " belongs to one contract");
                assertEquals(contract, type.contract());
            }
        }
    }

    @Test
    void shouldListTheContractsEachServicePublishes() {
        assertEquals(List.of(WorkforceUserEvent.CONTRACT), EventContracts.publishedBy("technician-service"));
        assertEquals(List.of(RevocationEvent.CONTRACT, AuditEvent.CONTRACT), EventContracts.publishedBy("identity-service"));
        assertEquals(List.of(OrganizationEvent.CONTRACT, CustomerEvent.CONTRACT, JobEvent.CONTRACT,
                DatafileEvent.CONTRACT, BrandEvent.CONTRACT, AppointmentEvent.CONTRACT),
                EventContracts.publishedBy("job-service"));
    }

    @Test
    void shouldKnowOnlyTheTypesItDeclares() {
        assertEquals(WorkforceUserEvent.UPDATED, WorkforceUserEvent.CONTRACT.type("fieldline.workforce.user.updated.v1").orElseThrow());
        assertTrue(WorkforceUserEvent.CONTRACT.type("fieldline.workforce.user.updated.v2").isEmpty());
        assertTrue(WorkforceUserEvent.CONTRACT.type(RevocationEvent.TOKEN_REVOKED.name()).isEmpty());
    }

    @Test
    void shouldReadTheVersionOfAVersionedContractOnly() {
        assertTrue(WorkforceUserEvent.CONTRACT.isVersioned());
        assertThrows(IllegalStateException.class, () -> AuditEvent.CONTRACT.version(null));
    }
}
