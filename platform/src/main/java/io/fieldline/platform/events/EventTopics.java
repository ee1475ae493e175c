package io.fieldline.platform.events;

import io.fieldline.platform.config.EventsConfig;
import io.fieldline.events.EventContract;
import io.fieldline.events.EventContracts;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Creates the topics a service writes to, before it writes: those of the event contracts it publishes and the
 * dead-letter topics of its incoming channels. A topic created on the fly by its first record can still be electing
 * its leader, and the producer's retries then fail the broker's sequence checks.
 */
@ApplicationScoped
public class EventTopics {

    private static final Pattern DEAD_LETTER_TOPIC =
            Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");

    private final Set<String> topics;
    private final Map<String, Object> adminConfig;
    private final int partitions;
    private final short replicationFactor;

    public EventTopics(Config config, EventsConfig events,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings) {
        this.topics = written(events.service(), config.getPropertyNames(),
                name -> config.getOptionalValue(name, String.class));
        this.adminConfig = adminConfig(kafkaSettings, events.bootstrapServers());
        this.partitions = events.partitions();
        this.replicationFactor = events.replicationFactor();
    }

    /**
     * The topics {@code service} writes to: of the contracts it publishes, and every configured dead-letter topic
     * ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}) among {@code propertyNames}.
     */
    static Set<String> written(String service, Iterable<String> propertyNames,
                               Function<String, Optional<String>> property) {
        Set<String> written = new TreeSet<>();
        EventContracts.publishedBy(service).stream().map(EventContract::topic).forEach(written::add);
        for (String name : propertyNames) {
            if (DEAD_LETTER_TOPIC.matcher(name).matches()) {
                property.apply(name).ifPresent(written::add);
            }
        }
        return written;
    }

    /**
     * The admin client's settings: those of the {@code kafka.*} settings every channel shares that an admin client
     * knows (security protocol, SASL, TLS: a managed or Strimzi cluster wants them), at {@code bootstrapServers}.
     */
    static Map<String, Object> adminConfig(Map<String, Object> kafkaSettings, String bootstrapServers) {
        Map<String, Object> admin = new HashMap<>();
        kafkaSettings.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                admin.put(name, value);
            }
        });
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return admin;
    }

    void createMissing(@Observes StartupEvent startup) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic))
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
