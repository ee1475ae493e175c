package io.fieldline.messaging.revocation;

import io.fieldline.events.RevocationEvent;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevocationListTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final RevocationList revocations = new RevocationList();

    @Test
    void shouldRevokeOneTokenByItsId() {
        revocations.apply(RevocationEvent.token(7, "jti-1", NOW.plusSeconds(3600)));

        assertTrue(revocations.isRevoked("jti-1", 7, "client-7", "client-7", NOW));
        assertFalse(revocations.isRevoked("jti-2", 7, "client-7", "client-7", NOW));
    }

    @Test
    void shouldRevokeASubjectsTokensIssuedUpToTheRevocationOnly() {
        revocations.apply(RevocationEvent.subject(7, "42", NOW, NOW.plusSeconds(10800)));

        assertTrue(revocations.isRevoked("a", 7, "42", "client-7", NOW.minusSeconds(60)));
        assertTrue(revocations.isRevoked("b", 7, "42", "client-7", NOW));
        assertFalse(revocations.isRevoked("c", 7, "42", "client-7", NOW.plusSeconds(1)));
        assertFalse(revocations.isRevoked("d", 8, "42", "client-7", NOW.minusSeconds(60)));
    }

    @Test
    void shouldKeepTheLatestRevocationOfASubject() {
        revocations.apply(RevocationEvent.subject(7, "42", NOW, NOW.plusSeconds(10800)));
        revocations.apply(RevocationEvent.subject(7, "42", NOW.minusSeconds(600), NOW.plusSeconds(10200)));

        assertTrue(revocations.isRevoked("a", 7, "42", "client-7", NOW.minusSeconds(60)));
    }

    @Test
    void shouldForgetRevocationsOnceTheirTokensExpired() {
        revocations.apply(RevocationEvent.token(7, "jti-1", NOW.plusSeconds(60)));
        revocations.apply(RevocationEvent.subject(7, "42", NOW, NOW.plusSeconds(60)));

        revocations.forgetExpired(NOW.plusSeconds(61));

        assertFalse(revocations.isRevoked("jti-1", 7, "42", "client-7", NOW.minusSeconds(1)));
    }

    @Test
    void shouldRevokeEveryTokenIssuedThroughAClientUpToTheRevocation() {
        revocations.apply(RevocationEvent.client(7, "client-7", NOW, NOW.plusSeconds(10800)));

        assertTrue(revocations.isRevoked("a", 7, "client-7", "client-7", NOW));
        assertTrue(revocations.isRevoked("b", 7, "42", "client-7", NOW.minusSeconds(60)));
        assertFalse(revocations.isRevoked("c", 7, "42", "client-7", NOW.plusSeconds(1)));
        assertFalse(revocations.isRevoked("d", 7, "42", "client-8", NOW));
        assertFalse(revocations.isRevoked("e", 8, "42", "client-7", NOW));
    }
}
