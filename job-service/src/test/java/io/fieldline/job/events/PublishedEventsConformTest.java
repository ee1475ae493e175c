package io.fieldline.job.events;

import io.fieldline.events.EventType;
import io.fieldline.job.Technicians;
import io.fieldline.job.appointment.AppointmentEventEmitters;
import io.fieldline.job.brand.BrandEventEmitters;
import io.fieldline.job.datafile.DatafileEventEmitters;
import io.fieldline.job.job.JobEventEmitters;
import io.fieldline.job.organization.OrganizationEventEmitters;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.EventSchemas;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every event job-service publishes, emitted through the API, conforms to its contract's JSON Schema; each feature
 * contributes the emitters of its own events.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class PublishedEventsConformTest {

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Inject
    Pool database;

    @Test
    void shouldPublishEventsThatConformToTheirContracts() {
        Map<EventType<?>, Supplier<String>> emitters = new HashMap<>();
        emitters.putAll(OrganizationEventEmitters.of(tokens));
        Technicians technicians = new Technicians(kafka, database);
        emitters.putAll(JobEventEmitters.of(tokens, technicians));
        emitters.putAll(AppointmentEventEmitters.of(tokens, technicians));
        emitters.putAll(DatafileEventEmitters.of(tokens));
        emitters.putAll(BrandEventEmitters.of(tokens));

        EventSchemas.assertEveryPublishedEventConforms(service, kafka, emitters);
    }
}
