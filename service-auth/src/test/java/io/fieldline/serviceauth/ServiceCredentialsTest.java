package io.fieldline.serviceauth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceCredentialsTest {

    private static final String SECRET = "an-internal-secret-of-32-characters-at-least";

    private final ServiceCredentials credentials = new ServiceCredentials(SECRET);

    @Test
    void aServiceSendsHttpBasicWithItsNameAndTheSharedSecret() {
        assertEquals("Basic Z2F0ZXdheTphbi1pbnRlcm5hbC1zZWNyZXQtb2YtMzItY2hhcmFjdGVycy1hdC1sZWFzdA==",
                credentials.authorization(ServiceCredentials.GATEWAY));
    }

    @Test
    void whatAServiceSendsIsRecognisedAsThatService() {
        String sent = new ServiceCredentials(SECRET).authorization(ServiceCredentials.TECHNICIAN_SERVICE);

        assertTrue(credentials.isFrom(sent, ServiceCredentials.TECHNICIAN_SERVICE));
    }

    @Test
    void anotherServicesCredentialIsNotAccepted() {
        String sent = credentials.authorization(ServiceCredentials.GATEWAY);

        assertFalse(credentials.isFrom(sent, ServiceCredentials.TECHNICIAN_SERVICE));
    }

    @Test
    void anotherSecretIsNotAccepted() {
        String sent = new ServiceCredentials(SECRET + "-but-another").authorization(ServiceCredentials.GATEWAY);

        assertFalse(credentials.isFrom(sent, ServiceCredentials.GATEWAY));
    }

    @Test
    void noHeaderIsNotAccepted() {
        assertFalse(credentials.isFrom(null, ServiceCredentials.GATEWAY));
        assertFalse(credentials.isFrom("", ServiceCredentials.GATEWAY));
    }

    @Test
    void aSecretShorterThan32CharactersIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> new ServiceCredentials("too-short"));
        assertThrows(IllegalStateException.class, () -> new ServiceCredentials(null));
    }
}
