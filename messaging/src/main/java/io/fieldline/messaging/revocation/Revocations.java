package io.fieldline.messaging.revocation;

import io.fieldline.events.RevocationEvent;
import io.fieldline.messaging.EventConsumer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/**
 * The access tokens identity-service revoked, kept from {@value RevocationEvent#TOPIC} by the gateway and every
 * service alike. Every instance reads the whole topic (a consumer group of its own), so each one refuses revoked
 * tokens within seconds of the revocation.
 */
@ApplicationScoped
public class Revocations {

    private final RevocationList list = new RevocationList();
    private final EventConsumer events;

    public Revocations(EventConsumer events) {
        this.events = events;
    }

    /** Applies one revocation event; a poison one goes to {@code fieldline.dlq.revocations}. */
    @Incoming("revocations")
    public Uni<Void> apply(ConsumerRecord<String, String> record) {
        return events.consume(RevocationEvent.CONTRACT, record, revocation -> {
            list.apply(revocation.data());
            return Uni.createFrom().voidItem();
        });
    }

    /** Whether a verified token of this account was revoked. */
    public boolean isRevoked(JsonWebToken token, long accountId) {
        return isRevoked(token.getTokenID(), accountId, token.getSubject(), token.getClaim("client_id"),
                Instant.ofEpochSecond(token.getIssuedAtTime()));
    }

    /** Whether a token with these claims was revoked: by its id, through its subject, or through its client. */
    public boolean isRevoked(String jti, long accountId, String subject, String clientId, Instant issuedAt) {
        return list.isRevoked(jti, accountId, subject, clientId, issuedAt);
    }

    @Scheduled(every = "1m")
    void forgetExpired() {
        list.forgetExpired(Instant.now());
    }
}
