package io.fieldline.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.events.RevocationEvent;
import io.fieldline.events.RevocationList;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/** The access tokens identity-service revoked, kept from {@value RevocationEvent#TOPIC} by every gateway instance. */
@ApplicationScoped
public class Revocations {

    private final RevocationList list = new RevocationList();
    private final ObjectMapper json;

    public Revocations(ObjectMapper json) {
        this.json = json;
    }

    @Incoming("revocations")
    public void apply(String payload) throws Exception {
        list.apply(json.readValue(payload, RevocationEvent.class));
    }

    boolean isRevoked(AccessTokenVerifier.VerifiedToken token) {
        return list.isRevoked(token.jti(), token.accountId(), token.subject(), token.clientId(), token.issuedAt());
    }

    @Scheduled(every = "1m")
    void forgetExpired() {
        list.forgetExpired(Instant.now());
    }
}
