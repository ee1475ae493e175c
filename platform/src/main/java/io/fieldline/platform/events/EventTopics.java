package io.fieldline.platform.events;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics a service publishes to, before it publishes: a topic created on the fly by its first record can
 * still be electing its leader, and the producer's retries then fail the broker's sequence checks.
 */
@ApplicationScoped
public class EventTopics {

    private final Optional<List<String>> topics;
    private final String bootstrapServers;
    private final int partitions;
    private final short replicationFactor;

    public EventTopics(@ConfigProperty(name = "fieldline.events.topics") Optional<List<String>> topics,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "fieldline.events.partitions", defaultValue = "3") int partitions,
                       @ConfigProperty(name = "fieldline.events.replication-factor", defaultValue = "1") short replicationFactor) {
        this.topics = topics;
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    void createMissing(@Observes StartupEvent startup) throws Exception {
        if (topics.isEmpty() || topics.get().isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.get().stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, replicationFactor)).toList();
            for (Map.Entry<String, KafkaFuture<Void>> creation : admin.createTopics(missing).values().entrySet()) {
                try {
                    creation.getValue().get(30, TimeUnit.SECONDS);
                    Log.infof("Created topic %s", creation.getKey());
                } catch (ExecutionException failed) {
                    // another service (or a consumer subscribing) may create it between listing and creating
                    if (!(failed.getCause() instanceof TopicExistsException)) {
                        throw failed;
                    }
                }
            }
        }
    }
}
