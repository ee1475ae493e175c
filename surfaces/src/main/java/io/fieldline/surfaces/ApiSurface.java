package io.fieldline.surfaces;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.fieldline.surfaces.CredentialScheme.BEARER;
import static io.fieldline.surfaces.CredentialScheme.INTEGRATION_KEY;
import static io.fieldline.surfaces.CredentialScheme.NONE;
import static io.fieldline.surfaces.CredentialScheme.X_AUTH_TOKEN;

/**
 * A public API surface: the family of paths one API document specifies, with the credentials it takes, the status a
 * bad credential gets, its error body, its envelopes and its paging (ARCHITECTURE.md, "API conventions per surface").
 * The gateway answers in it for what it refuses, and each service for what it refuses, so a client written from one
 * document never sees another document's shapes.
 */
public enum ApiSurface {

    /** The Dispatch REST API v3 (seed: {@code dispatch-rest-api-v3.md}), but its OAuth endpoints. */
    DISPATCH_V3(List.of("/v3"), EnumSet.of(BEARER, INTEGRATION_KEY, X_AUTH_TOKEN), 401, ErrorShape.NESTED,
            Paging.LIMIT_OFFSET),
    /** The token endpoint, revocation, introspection, server metadata and keys (RFC 6749, 7009, 7662, 8414). */
    OAUTH(List.of("/v3/oauth", "/.well-known"), EnumSet.of(NONE), 401, ErrorShape.OAUTH, Paging.NONE),
    /** The technicians read API (seed: {@code technicians-read-api.txt}). */
    TECHNICIANS(List.of("/api/v1/technicians"), EnumSet.of(BEARER, INTEGRATION_KEY, X_AUTH_TOKEN), 401,
            ErrorShape.NESTED, Paging.PAGE_PER_PAGE),
    /** The technician management API (seed: {@code technician-management-api.txt}): a bad integration key is a 403. */
    TECH(List.of("/tech"), EnumSet.of(INTEGRATION_KEY, X_AUTH_TOKEN, BEARER), 403, ErrorShape.STATUS_MESSAGE,
            Paging.NONE),
    /** The users bulk API (seed: {@code users-bulk-api.txt}) of a workspace (an account id). */
    USERS_BULK(List.of("/{workspace:[0-9]{1,18}}/api/user"), EnumSet.of(X_AUTH_TOKEN, INTEGRATION_KEY, BEARER), 401,
            ErrorShape.NESTED, Paging.MODIFIED_SINCE),
    /** The operators' admin API (README, "admin"). */
    ADMIN(List.of("/admin"), EnumSet.of(BEARER, INTEGRATION_KEY, X_AUTH_TOKEN), 401, ErrorShape.NESTED,
            Paging.LIMIT_OFFSET);

    /** How the message of a 422 naming broken field rules begins ({@code FieldErrors}). */
    public static final String VALIDATION_FAILED = "Validation failed: ";

    /** The error code of a token that lacks the scope a request needs (RFC 6750 §3.1). */
    public static final String INSUFFICIENT_SCOPE = "insufficient_scope";

    private final List<PathTemplate> roots;
    private final Set<CredentialScheme> credentials;
    private final int badCredentialStatus;
    private final ErrorShape errorShape;
    private final Paging paging;

    ApiSurface(List<String> roots, Set<CredentialScheme> credentials, int badCredentialStatus, ErrorShape errorShape,
               Paging paging) {
        this.roots = roots.stream().map(PathTemplate::of).toList();
        this.credentials = credentials;
        this.badCredentialStatus = badCredentialStatus;
        this.errorShape = errorShape;
        this.paging = paging;
    }

    /** The surface a path belongs to: of the surfaces whose root it lies under, the one with the most specific root. */
    public static Optional<ApiSurface> of(String path) {
        return EnumSet.allOf(ApiSurface.class).stream()
                .flatMap(surface -> surface.roots.stream().filter(root -> root.covers(path))
                        .map(root -> Map.entry(root, surface)))
                .min(Comparator.comparing(Map.Entry<PathTemplate, ApiSurface>::getKey, PathTemplate::compareSpecificity))
                .map(Map.Entry::getValue);
    }

    /** A regular expression matching every path of every surface, and no other (the gateway's health, metrics and documents). */
    public static String publicPathRegex() {
        return EnumSet.allOf(ApiSurface.class).stream().flatMap(surface -> surface.roots.stream())
                .map(PathTemplate::regex).collect(Collectors.joining("|", "^(?:", ")(?:/.*)?$"));
    }

    /** The paths this surface's routes lie under. */
    public List<PathTemplate> roots() {
        return roots;
    }

    /** The credentials this surface takes; {@link CredentialScheme#NONE} alone where endpoints authenticate themselves. */
    public Set<CredentialScheme> credentials() {
        return credentials;
    }

    /** The status of a request whose credential is missing, invalid, expired or revoked: 401, or 403 where the seed says so. */
    public int badCredentialStatus() {
        return badCredentialStatus;
    }

    public Paging paging() {
        return paging;
    }

    /**
     * The status {@code problem} is answered with here: RFC 6749 §5.2 answers every refused OAuth request with 400 (401
     * for a client that failed to authenticate), and the technician management API answers invalid parameters with 400
     * (seed: "Error Handling"), so a broken field rule is a 400 there and a 422 elsewhere.
     */
    public int status(Problem problem) {
        return (this == OAUTH || this == TECH) && problem.status() == 422 ? 400 : problem.status();
    }

    /**
     * The error body of {@code problem} on this surface, with the status it is answered with here; on the technician
     * management API a broken field rule reads as its seed writes one ("Invalid request: ...", "Error Handling").
     */
    public Map<String, Object> errorBody(Problem problem) {
        String message = this == TECH && problem.status() == 422 && problem.message().startsWith(VALIDATION_FAILED)
                ? "Invalid request: " + problem.message().substring(VALIDATION_FAILED.length()) : problem.message();
        return errorShape.body(new Problem(status(problem), problem.code(), message, problem.fields(),
                problem.requestId()));
    }

    /**
     * The headers that go with {@code problem} when the request sent a credential: OAuth answers are never cached (RFC
     * 6749 §5.1) and challenge a client that failed to authenticate with Basic (§5.2); other surfaces challenge a bad
     * credential with Bearer and {@code error="invalid_token"}, and a token without the scope a request needs with
     * {@code error="insufficient_scope"} (RFC 6750 §3.1).
     */
    public Map<String, String> errorHeaders(Problem problem) {
        return errorHeaders(problem, true);
    }

    /**
     * The headers that go with {@code problem}, as {@link #errorHeaders(Problem)}, but a request that sent no credential
     * of a scheme this surface takes is challenged without an error code (RFC 6750 §3.1: "SHOULD NOT include an error
     * code").
     */
    public Map<String, String> errorHeaders(Problem problem, boolean credentialSent) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (this == OAUTH) {
            headers.putAll(noStore());
            if (problem.status() == 401) {
                headers.put("WWW-Authenticate", "Basic realm=\"fieldline\"");
            }
        } else if (problem.status() == 401) {
            headers.put("WWW-Authenticate", credentialSent
                    ? "Bearer realm=\"fieldline\", error=\"invalid_token\"" : "Bearer realm=\"fieldline\"");
        } else if (problem.status() == 403 && INSUFFICIENT_SCOPE.equals(problem.code())) {
            // RFC 6750 §3 and §3.1: a token without the scope is challenged with insufficient_scope
            headers.put("WWW-Authenticate", "Bearer realm=\"fieldline\", error=\"insufficient_scope\"");
        }
        return headers;
    }

    /** The cache headers of every OAuth endpoint's answer, success or error (RFC 6749 §5.1). */
    public static Map<String, String> noStore() {
        return Map.of("Cache-Control", "no-store", "Pragma", "no-cache");
    }
}
