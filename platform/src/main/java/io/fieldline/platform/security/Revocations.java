package io.fieldline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.events.RevocationEvent;
import io.fieldline.events.RevocationList;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/**
 * The access tokens identity-service revoked, kept from {@value RevocationEvent#TOPIC}. Every instance reads the whole
 * topic (a consumer group of its own), so each one refuses revoked tokens within seconds of the revocation.
 */
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

    public boolean isRevoked(JsonWebToken token, long accountId) {
        return isRevoked(token.getTokenID(), accountId, token.getSubject(), token.getClaim("client_id"),
                Instant.ofEpochSecond(token.getIssuedAtTime()));
    }

    public boolean isRevoked(String jti, long accountId, String subject, String clientId, Instant issuedAt) {
        return list.isRevoked(jti, accountId, subject, clientId, issuedAt);
    }

    @Scheduled(every = "1m")
    void forgetExpired() {
        list.forgetExpired(Instant.now());
    }
}
