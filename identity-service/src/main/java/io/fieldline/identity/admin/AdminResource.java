package io.fieldline.identity.admin;

import io.fieldline.identity.account.Account;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.signing.SigningKeys;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operators' API: accounts, their OAuth clients, and signing-key rotation. Needs the {@code admin} scope. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AdminResource {

    private static final Set<String> GRANT_TYPES = Set.of("client_credentials", "password", "refresh_token");
    private static final int MIN_OPERATOR_SECRET = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretHasher hasher;
    private final SigningKeys keys;
    private final Set<String> knownScopes;

    public AdminResource(SecretHasher hasher, SigningKeys keys,
                         @ConfigProperty(name = "fieldline.bootstrap.scopes") String knownScopes) {
        this.hasher = hasher;
        this.keys = keys;
        this.knownScopes = Set.of(knownScopes.trim().split("\\s+"));
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Response> createAccount(Map<String, Object> body) {
        Object name = body == null ? null : body.get("name");
        if (!(name instanceof String text) || text.isBlank() || text.length() > 200) {
            new FieldErrors().add("name", "is required: a string of at most 200 characters").throwIfAny();
        }
        Account account = new Account();
        account.name = ((String) name).strip();
        account.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return account.<Account>persist().map(saved -> Response.status(201).entity(new AdminViews.AccountEnvelope(
                new AdminViews.Account(saved.id, saved.name, saved.createdAt.toString()))).build());
    }

    @POST
    @Path("/accounts/{id}/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Response> createClient(@PathParam("id") long accountId, NewClientRequest request) {
        FieldErrors errors = new FieldErrors();
        List<String> scopes = request == null || request.scopes() == null ? List.of() : request.scopes();
        if (scopes.isEmpty()) {
            errors.add("scopes", "is required: one or more of " + String.join(", ", knownScopes.stream().sorted().toList()));
        }
        scopes.stream().filter(scope -> !knownScopes.contains(scope))
                .forEach(scope -> errors.add("scopes", "has unknown scope \"" + scope + "\""));
        List<String> grantTypes = request == null || request.grantTypes() == null
                ? List.of("client_credentials", "refresh_token") : request.grantTypes();
        grantTypes.stream().filter(grant -> !GRANT_TYPES.contains(grant))
                .forEach(grant -> errors.add("grant_types", "has unknown grant type \"" + grant + "\""));
        String chosenSecret = request == null ? null : request.clientSecret();
        if (chosenSecret != null && chosenSecret.length() < MIN_OPERATOR_SECRET) {
            errors.add("client_secret", "must be at least " + MIN_OPERATOR_SECRET + " characters");
        }
        errors.throwIfAny();
        String secret = chosenSecret != null ? chosenSecret : randomSecret();
        return Account.<Account>findById(accountId).chain(account -> {
            if (account == null) {
                throw ApiException.notFound("Account");
            }
            OAuthClient client = new OAuthClient();
            client.accountId = accountId;
            client.clientId = "client-" + HexFormat.of().formatHex(randomBytes(12));
            client.secretHash = hasher.hash(secret);
            client.scopes = String.join(" ", scopes);
            client.grantTypes = String.join(" ", grantTypes);
            client.createdAt = Instant.now();
            return client.<OAuthClient>persist();
        }).map(client -> Response.status(201).entity(new AdminViews.ClientEnvelope(new AdminViews.Client(
                client.clientId, secret, client.accountId, scopes, grantTypes))).build());
    }

    @POST
    @Path("/keys/rotate")
    public Uni<AdminViews.KeyEnvelope> rotateKeys() {
        return keys.rotate().map(key -> new AdminViews.KeyEnvelope(
                new AdminViews.Key(key.kid, key.algorithm, key.activatesAt.truncatedTo(ChronoUnit.SECONDS).toString())));
    }

    /** 256 random bits: safe to store under a fast keyed hash. */
    private static String randomSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
