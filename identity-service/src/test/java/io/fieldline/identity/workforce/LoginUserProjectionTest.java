package io.fieldline.identity.workforce;

import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.SampleEvents;
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

/** identity-service learns who may log in from workforce user events: idempotently, never stuck on a poison one. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class LoginUserProjectionTest {

    private static final String DEAD_LETTERS = "fieldline.identity.dlq.workforce-users";
    private static final AtomicLong USER_IDS = new AtomicLong(2_000_000_000L + System.nanoTime() % 1_000_000_000L);

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
    void shouldIgnoreAStaleDeactivationOfAUserWhoseNewerVersionIsStored() {
        long id = USER_IDS.incrementAndGet();
        publish(id, "new@example.com", true, 2);
        awaitUser(id, 2);

        publish(id, "old@example.com", false, 1);
        long marker = USER_IDS.incrementAndGet();
        publish(marker, "marker@example.com", true, 1);
        awaitUser(marker, 1);

        Row user = awaitUser(id, 2);
        assertThat(user.getBoolean("active"), equalTo(true));
        assertThat(user.getString("email"), equalTo("new@example.com"));
    }

    @Test
    void shouldMoveAPoisonEventToTheDeadLetterTopicWithItsErrorAndKeepConsuming() {
        String poisonKey = String.valueOf(USER_IDS.incrementAndGet());
        try (TopicReader deadLetters = new TopicReader(kafka, DEAD_LETTERS)) {
            events.send(WorkforceUserEvent.TOPIC, WorkforceUserEvent.UPDATED.name(), poisonKey, """
                    {"id":%s,"account_id":7,"organization_id":10,"roles":["technician"],"active":true,
                     "updated_at":"2026-01-15T09:30:00Z"}""".formatted(poisonKey));
            long next = USER_IDS.incrementAndGet();
            publish(next, "next@example.com", true, 1);

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(record -> poisonKey.equals(record.key()),
                    Duration.ofSeconds(30));
            assertThat(TopicReader.header(dead, "dead-letter-reason"), containsString("needs id, version"));
            awaitUser(next, 1);
        }
    }

    private void publish(long id, String email, boolean active, long version) {
        events.send(WorkforceUserEvent.TOPIC, WorkforceUserEvent.UPDATED.name(), String.valueOf(id),
                SampleEvents.workforceUser(id, 7, "Jim", email, active, version));
    }

    private Row awaitUser(long id, long version) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            RowSet<Row> rows = database.preparedQuery("SELECT * FROM login_user WHERE id = $1 AND version = $2")
                    .execute(Tuple.of(id, version)).await().indefinitely();
            return rows.size() == 0 ? null : rows.iterator().next();
        }, found -> found != null);
    }
}
