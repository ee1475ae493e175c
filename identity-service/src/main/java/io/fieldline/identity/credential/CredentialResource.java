package io.fieldline.identity.credential;

import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.security.PasswordPolicy;
import io.fieldline.serviceauth.ServiceCredentials;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * {@code PUT /internal/users/{id}/password}: technician-service sets or changes a user's password here, so that
 * passwords never travel in events. Internal and service-authenticated.
 */
@Path("/internal/users/{id}/password")
@InternalEndpoint(caller = ServiceCredentials.TECHNICIAN_SERVICE)
public class CredentialResource {

    private final PasswordHasher hasher;

    public CredentialResource(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> setPassword(@PathParam("id") long userId, SetPasswordRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null || request.accountId() == null) {
            errors.add("account_id", "is required");
        }
        String password = request == null ? null : request.password();
        PasswordPolicy.check(password, errors);
        errors.throwIfAny();
        return OffEventLoop.run(() -> hasher.hash(password))
                .chain(hash -> Panache.withTransaction(() -> UserCredential.<UserCredential>findById(userId)
                        .chain(existing -> {
                            UserCredential credential = existing == null ? new UserCredential() : existing;
                            credential.userId = userId;
                            credential.accountId = request.accountId();
                            credential.passwordHash = hash;
                            credential.updatedAt = Instant.now();
                            return existing == null ? credential.persist() : Uni.createFrom().item(credential);
                        })))
                .replaceWith(Response.noContent().build());
    }
}
