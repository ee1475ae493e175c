package io.fieldline.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service publishes its events ({@code fieldline.events.*}). */
@ConfigMapping(prefix = "fieldline.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of this service's events, e.g. {@code /fieldline/technician-service}. */
    String source();

    /** Partitions of a topic this service creates; an entity's events stay in order within one (keyed by its id). */
    @WithDefault("3")
    int partitions();

    /** Replicas of a topic this service creates: 1 for the embedded broker, 3 in production. */
    @WithDefault("1")
    short replicationFactor();

    /** The service whose event contracts' topics are created: its {@code quarkus.application.name}. */
    @WithDefault("${quarkus.application.name}")
    String service();

    /** The Kafka brokers topics are created at: the {@code kafka.bootstrap.servers} every channel uses. */
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();
}
