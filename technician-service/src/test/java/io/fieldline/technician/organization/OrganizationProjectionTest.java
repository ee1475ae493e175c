package io.fieldline.technician.organization;

import io.fieldline.events.OrganizationEvent;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.TestTokensResource;
import io.fieldline.testkit.TopicReader;
import io.fieldline.testkit.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** technician-service keeps its view of job-service's organizations from their events, idempotently. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class OrganizationProjectionTest {

    private static final String TOPIC = OrganizationEvent.TOPIC;
    private static final String CREATED = OrganizationEvent.CREATED.name();
    private static final String UPDATED = OrganizationEvent.UPDATED.name();
    private static final String DEAD_LETTERS = "fieldline.workforce.dlq.organizations";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    TopicWriter events;

    @BeforeEach
    void connect() {
        events = new TopicWriter(kafka);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void shouldAddAnOrganizationFromItsCreatedEvent() {
        long id = OrganizationEvents.newId();
        events.send(TOPIC, CREATED, String.valueOf(id), organization(id, "third_party", false, 1));

        Row row = awaitOrganization(id, 1);
        assertThat(row.getLong("account_id"), equalTo(7L));
        assertThat(row.getString("network"), equalTo("third_party"));
        assertThat(row.getBoolean("deleted"), equalTo(false));
    }

    @Test
    void shouldTakeAnOrganizationWithoutANetworkForFirstParty() {
        long id = OrganizationEvents.newId();
        events.send(TOPIC, CREATED, String.valueOf(id), organization(id, null, false, 1));

        assertThat(awaitOrganization(id, 1).getString("network"), equalTo("first_party"));
    }

    @Test
    void shouldMarkAnOrganizationDeletedFromItsDeletedEvent() {
        long id = OrganizationEvents.newId();
        events.send(TOPIC, CREATED, String.valueOf(id), organization(id, "first_party", false, 1));
        events.send(TOPIC, OrganizationEvent.DELETED.name(), String.valueOf(id),
                organization(id, "first_party", true, 2));

        assertThat(awaitOrganization(id, 2).getBoolean("deleted"), equalTo(true));
    }

    @Test
    void shouldIgnoreAStaleOrRedeliveredEvent() {
        long id = OrganizationEvents.newId();
        events.send(TOPIC, UPDATED, String.valueOf(id), organization(id, "third_party", true, 2));
        events.send(TOPIC, UPDATED, String.valueOf(id), organization(id, "first_party", false, 1));
        events.send(TOPIC, UPDATED, String.valueOf(id), organization(id, "first_party", false, 2));
        long marker = OrganizationEvents.newId();
        events.send(TOPIC, UPDATED, String.valueOf(marker), organization(marker, null, false, 1));
        awaitOrganization(marker, 1);

        Row row = awaitOrganization(id, 2);
        assertThat(row.getString("network"), equalTo("third_party"));
        assertThat(row.getBoolean("deleted"), equalTo(true));
    }

    @Test
    void shouldMoveAPoisonMessageToTheDeadLetterTopicWithItsErrorAndKeepConsuming() {
        String poisonKey = "poison-" + OrganizationEvents.newId();
        try (TopicReader deadLetters = new TopicReader(kafka, DEAD_LETTERS)) {
            events.send(TOPIC, UPDATED, poisonKey, "{not json");
            long id = OrganizationEvents.newId();
            events.send(TOPIC, UPDATED, String.valueOf(id), organization(id, null, false, 1));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(record -> poisonKey.equals(record.key()),
                    Duration.ofSeconds(30));
            assertThat(dead.value(), equalTo("{not json"));
            assertThat(TopicReader.header(dead, "dead-letter-reason"),
                    startsWith(UPDATED + " data is not a Organization"));
            assertThat(TopicReader.header(dead, "dead-letter-topic"), equalTo(TOPIC));
            awaitOrganization(id, 1);
        }
    }

    @Test
    void shouldMoveAnEventWithAnUnknownNetworkToTheDeadLetterTopicAndStoreNothing() {
        long id = OrganizationEvents.newId();
        try (TopicReader deadLetters = new TopicReader(kafka, DEAD_LETTERS)) {
            events.send(TOPIC, CREATED, String.valueOf(id), organization(id, "fourth_party", false, 1));
            long next = OrganizationEvents.newId();
            events.send(TOPIC, CREATED, String.valueOf(next), organization(next, null, false, 1));

            deadLetters.awaitRecord(record -> String.valueOf(id).equals(record.key()), Duration.ofSeconds(30));
            awaitOrganization(next, 1);
            assertThat(countOrganizations(id), equalTo(0L));
        }
    }

    private long countOrganizations(long id) {
        return database.preparedQuery("SELECT count(*) AS organizations FROM organization WHERE id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong("organizations");
    }

    private Row awaitOrganization(long id, long version) {
        return OrganizationEvents.awaitStored(database, id, version);
    }

    private static String organization(long id, String network, boolean deleted, long version) {
        return OrganizationEvents.organization(id, 7, network, deleted, version);
    }
}
