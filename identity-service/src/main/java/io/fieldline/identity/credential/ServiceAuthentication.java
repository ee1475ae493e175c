package io.fieldline.identity.credential;

import io.fieldline.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Authenticates the services that may set user passwords: HTTP Basic as {@code technician-service} with the shared
 * internal secret. These endpoints are internal; the gateway never routes to them.
 */
@ApplicationScoped
public class ServiceAuthentication {

    static final String CALLER = "technician-service";

    private final byte[] expected;

    public ServiceAuthentication(@ConfigProperty(name = "fieldline.internal.secret") String secret) {
        if (secret.length() < 32) {
            throw new IllegalStateException("fieldline.internal.secret must be at least 32 characters");
        }
        this.expected = ("Basic " + Base64.getEncoder().encodeToString((CALLER + ":" + secret)
                .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    void require(String authorization) {
        byte[] presented = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, expected)) {
            throw ApiException.unauthorized("This internal endpoint needs service authentication");
        }
    }
}
