package io.fieldline.identity.credential;

import io.fieldline.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Authenticates the services that call internal endpoints: HTTP Basic with the service's name and the shared internal
 * secret. technician-service sets user passwords; the gateway exchanges integration keys. The gateway never routes
 * to these endpoints.
 */
@ApplicationScoped
public class ServiceAuthentication {

    public static final String TECHNICIAN_SERVICE = "technician-service";
    public static final String GATEWAY = "gateway";

    private final String secret;

    public ServiceAuthentication(@ConfigProperty(name = "fieldline.internal.secret") String secret) {
        if (secret.length() < 32) {
            throw new IllegalStateException("fieldline.internal.secret must be at least 32 characters");
        }
        this.secret = secret;
    }

    /** Passes when {@code authorization} is the named service's; compares in constant time. */
    public void require(String authorization, String service) {
        byte[] expected = ("Basic " + Base64.getEncoder().encodeToString((service + ":" + secret)
                .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        byte[] presented = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, expected)) {
            throw ApiException.unauthorized("This internal endpoint needs service authentication");
        }
    }
}
