package io.fieldline.platform.events;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A service creates the topics of the contracts it publishes and the dead-letter topics of its channels. */
class EventTopicsTest {

    @Test
    void shouldCreateThePublishedTopicsAndTheDeadLetterTopics() {
        Map<String, String> config = Map.of(
                "mp.messaging.incoming.workforce-users.topic", "fieldline.workforce.users",
                "mp.messaging.incoming.workforce-users.dead-letter-queue.topic", "fieldline.identity.dlq.workforce-users",
                "mp.messaging.incoming.revocations.dead-letter-queue.topic", "fieldline.dlq.revocations",
                "mp.messaging.outgoing.outbox-relay.topic", "fieldline.unrouted");

        assertEquals(Set.of("fieldline.identity.revocations", "fieldline.identity.audit",
                        "fieldline.identity.dlq.workforce-users", "fieldline.dlq.revocations"),
                EventTopics.written("identity-service", config.keySet(), name -> Optional.ofNullable(config.get(name))));
    }

    @Test
    void shouldCreateOnlyDeadLetterTopicsForAServiceThatPublishesNothing() {
        Map<String, String> config = Map.of(
                "mp.messaging.incoming.revocations.dead-letter-queue.topic", "fieldline.gateway.dlq.revocations");

        assertEquals(Set.of("fieldline.gateway.dlq.revocations"),
                EventTopics.written("gateway", config.keySet(), name -> Optional.ofNullable(config.get(name))));
    }

    @Test
    void shouldCreateTopicsWithTheSecuritySettingsEveryChannelUses() {
        Map<String, Object> kafka = Map.of("bootstrap.servers", "localhost:9092", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "ScramLoginModule required;",
                "ssl.truststore.type", "PEM", "group.id", "identity-service");

        assertEquals(Map.of("bootstrap.servers", "kafka:9093", "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "ScramLoginModule required;",
                        "ssl.truststore.type", "PEM"),
                EventTopics.adminConfig(kafka, "kafka:9093"));
    }
}
