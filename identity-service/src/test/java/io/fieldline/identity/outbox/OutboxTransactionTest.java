package io.fieldline.identity.outbox;

import io.fieldline.events.RevocationEvent;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.TopicReader;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The outbox joins the open transaction of the change, whichever API opened it, and refuses to write without one. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class OutboxTransactionTest {

    @Inject
    Outbox outbox;

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void shouldPublishAnEventRecordedInTheTransactionOfEitherApi() {
        String sqlKey = UUID.randomUUID().toString();
        String hibernateKey = UUID.randomUUID().toString();

        run(() -> pool.withTransaction(connection -> outbox.record(connection, revocation(sqlKey))));
        run(() -> Panache.withTransaction(() -> outbox.record(revocation(hibernateKey))));

        try (TopicReader topic = new TopicReader(kafka, RevocationEvent.TOPIC)) {
            topic.awaitRecord(record -> sqlKey.equals(record.key()), Duration.ofSeconds(30));
            topic.awaitRecord(record -> hibernateKey.equals(record.key()), Duration.ofSeconds(30));
        }
    }

    @Test
    void shouldPublishNothingOutsideATransactionOrOfARolledBackChange() {
        String key = UUID.randomUUID().toString();

        assertThat(assertThrows(IllegalStateException.class, () -> run(() -> pool.withConnection(
                connection -> outbox.record(connection, revocation(key))))).getMessage(), containsString("none is open"));
        assertThat(assertThrows(IllegalStateException.class, () -> run(() -> Panache.withSession(
                () -> outbox.record(revocation(key))))).getMessage(), containsString("none is open"));
        assertThrows(Exception.class, () -> run(() -> pool.withTransaction(connection -> outbox.record(connection,
                revocation(key)).chain(() -> connection.query("SELECT 1 / 0").execute()))));
        assertThrows(Exception.class, () -> run(() -> Panache.withTransaction(() -> outbox.record(revocation(key))
                .chain(Panache::getSession)
                .chain(session -> session.createNativeQuery("SELECT 1 / 0").getSingleResult()))));
        // one entity's events leave in order: the first event of this key on the topic is the one that committed
        Instant now = Instant.now();
        run(() -> pool.withTransaction(connection -> outbox.record(connection, new ChangeEvent<>(
                RevocationEvent.CLIENT_REVOKED, key, 7, RevocationEvent.client(7, key, now, now.plusSeconds(60))))));

        try (TopicReader topic = new TopicReader(kafka, RevocationEvent.TOPIC)) {
            ConsumerRecord<String, String> first = topic.awaitRecord(record -> key.equals(record.key()),
                    Duration.ofSeconds(30));
            assertThat(TopicReader.header(first, "ce_type"), equalTo(RevocationEvent.CLIENT_REVOKED.name()));
        }
    }

    private static <T> void run(Supplier<Uni<T>> work) {
        try {
            VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException failed) {
            throw failed;
        } catch (Throwable failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static ChangeEvent<RevocationEvent> revocation(String jti) {
        return new ChangeEvent<>(RevocationEvent.TOKEN_REVOKED, jti, 7,
                RevocationEvent.token(7, jti, Instant.now().plusSeconds(60)));
    }
}
