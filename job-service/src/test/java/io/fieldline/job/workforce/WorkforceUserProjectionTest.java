package io.fieldline.job.workforce;

import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.SampleEvents;
import io.fieldline.testkit.TestTokensResource;
import io.fieldline.testkit.TopicReader;
import io.fieldline.testkit.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** job-service keeps its view of the workforce from technician-service's user events, idempotently. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class WorkforceUserProjectionTest {

    private static final String TOPIC = WorkforceUserEvent.TOPIC;
    private static final String UPDATED = WorkforceUserEvent.UPDATED.name();
    private static final AtomicLong USER_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

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
    void shouldAddAUserFromItsCreatedEvent() {
        long id = USER_IDS.incrementAndGet();
        events.send(TOPIC, "fieldline.workforce.user.created.v1", String.valueOf(id), user(id, "Mike", 1, true));

        Row row = awaitUser(id, 1);
        assertThat(row.getLong("account_id"), equalTo(7L));
        assertThat(row.getLong("organization_id"), equalTo(10L));
        assertThat(row.getString("first_name"), equalTo("Mike"));
        assertThat(row.getBoolean("is_technician"), equalTo(true));
        assertThat(row.getBoolean("active"), equalTo(true));
    }

    @Test
    void shouldIgnoreAStaleOrRedeliveredEvent() {
        long id = USER_IDS.incrementAndGet();
        events.send(TOPIC, UPDATED, String.valueOf(id), user(id, "Second", 2, false));
        events.send(TOPIC, UPDATED, String.valueOf(id), user(id, "First", 1, true));
        events.send(TOPIC, UPDATED, String.valueOf(id), user(id, "Second again", 2, true));
        long marker = USER_IDS.incrementAndGet();
        events.send(TOPIC, UPDATED, String.valueOf(marker), user(marker, "Marker", 1, true));
        awaitUser(marker, 1);

        Row row = awaitUser(id, 2);
        assertThat(row.getString("first_name"), equalTo("Second"));
        assertThat(row.getBoolean("active"), equalTo(false));
    }

    @Test
    void shouldMoveAPoisonMessageToTheDeadLetterTopicWithItsErrorAndKeepConsuming() {
        String poisonKey = "poison-" + USER_IDS.incrementAndGet();
        try (TopicReader deadLetters = new TopicReader(kafka, "fieldline.jobs.dlq.workforce-users")) {
            events.send(TOPIC, UPDATED, poisonKey, "{not json");
            long id = USER_IDS.incrementAndGet();
            events.send(TOPIC, UPDATED, String.valueOf(id), user(id, "After", 1, true));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(record -> poisonKey.equals(record.key()),
                    Duration.ofSeconds(30));
            assertThat(dead.value(), equalTo("{not json"));
            assertThat(TopicReader.header(dead, "dead-letter-reason"),
                    startsWith(UPDATED + " data is not a WorkforceUser"));
            assertThat(TopicReader.header(dead, "dead-letter-topic"), equalTo(TOPIC));
            awaitUser(id, 1);
        }
    }

    @Test
    void shouldMoveAnEventOfATypeTheTopicDoesNotCarryToTheDeadLetterTopic() {
        long id = USER_IDS.incrementAndGet();
        try (TopicReader deadLetters = new TopicReader(kafka, "fieldline.jobs.dlq.workforce-users")) {
            events.send(TOPIC, "fieldline.workforce.user.updated.v9", String.valueOf(id), user(id, "Future", 1, true));
            long next = USER_IDS.incrementAndGet();
            events.send(TOPIC, UPDATED, String.valueOf(next), user(next, "Next", 1, true));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(
                    record -> String.valueOf(id).equals(record.key()), Duration.ofSeconds(30));
            assertThat(TopicReader.header(dead, "dead-letter-reason"),
                    containsString("ce_type fieldline.workforce.user.updated.v9 is not one of"));
            awaitUser(next, 1);
            assertThat(countUsers(id), equalTo(0L));
        }
    }

    private long countUsers(long id) {
        return database.preparedQuery("SELECT count(*) AS users FROM workforce_user WHERE id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong("users");
    }

    private Row awaitUser(long id, long version) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            RowSet<Row> rows = database.preparedQuery("SELECT * FROM workforce_user WHERE id = $1 AND version = $2")
                    .execute(Tuple.of(id, version)).await().indefinitely();
            return rows.size() == 0 ? null : rows.iterator().next();
        }, found -> found != null);
    }

    private static String user(long id, String firstName, long version, boolean active) {
        return SampleEvents.workforceUser(id, 7, firstName, null, active, version);
    }
}
