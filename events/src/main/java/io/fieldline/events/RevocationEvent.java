package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A revocation decided by identity-service, on {@value #TOPIC}: one access token by its id ({@code jti}); every
 * token of a subject (a user, a client acting for its account, or an integration key) issued up to
 * {@code issued_before}; or every token issued through a client (its own and its users') up to {@code issued_before}. Access tokens are
 * checked locally everywhere, so the gateway and every service keep these until {@code expires_at}, when the revoked
 * tokens would have expired anyway.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevocationEvent(
        String kind,
        @JsonProperty("account_id") long accountId,
        String jti,
        String subject,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("issued_before") Instant issuedBefore,
        @JsonProperty("expires_at") Instant expiresAt) {

    public static final String TOPIC = "fieldline.identity.revocations";
    public static final EventContract<RevocationEvent> CONTRACT =
            EventContract.of(TOPIC, "identity-service", RevocationEvent.class, "Revocation");
    public static final EventType<RevocationEvent> TOKEN_REVOKED = CONTRACT.declare("fieldline.identity.token.revoked.v1");
    public static final EventType<RevocationEvent> SUBJECT_REVOKED =
            CONTRACT.declare("fieldline.identity.subject.revoked.v1");
    public static final EventType<RevocationEvent> CLIENT_REVOKED =
            CONTRACT.declare("fieldline.identity.client.revoked.v1");
    public static final String TOKEN = "token";
    public static final String SUBJECT = "subject";
    public static final String CLIENT = "client";

    public static RevocationEvent token(long accountId, String jti, Instant expiresAt) {
        return new RevocationEvent(TOKEN, accountId, jti, null, null, null, expiresAt);
    }

    public static RevocationEvent subject(long accountId, String subject, Instant issuedBefore, Instant expiresAt) {
        return new RevocationEvent(SUBJECT, accountId, null, subject, null, issuedBefore, expiresAt);
    }

    public static RevocationEvent client(long accountId, String clientId, Instant issuedBefore, Instant expiresAt) {
        return new RevocationEvent(CLIENT, accountId, null, null, clientId, issuedBefore, expiresAt);
    }
}
