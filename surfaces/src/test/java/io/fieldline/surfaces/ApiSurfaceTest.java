package io.fieldline.surfaces;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which surface a path belongs to, and what each surface answers a refused request with (ARCHITECTURE.md). */
class ApiSurfaceTest {

    @ParameterizedTest
    @CsvSource({
            "/v3/users/12, DISPATCH_V3",
            "/v3/jobs, DISPATCH_V3",
            "/v3/oauth/token, OAUTH",
            "/.well-known/jwks.json, OAUTH",
            "/api/v1/technicians, TECHNICIANS",
            "/tech/bulk, TECH",
            "/10/api/user/1234, USERS_BULK",
            "/10/api/user, USERS_BULK",
            "/admin/accounts, ADMIN",
    })
    void shouldTellTheSurfaceOfAPathByItsMostSpecificRoot(String path, ApiSurface surface) {
        assertEquals(Optional.of(surface), ApiSurface.of(path));
    }

    @Test
    void shouldKnowNoSurfaceOutsideThePublicPaths() {
        assertEquals(Optional.empty(), ApiSurface.of("/q/health"));
        assertEquals(Optional.empty(), ApiSurface.of("/workspace/api/user"));
        assertEquals(Optional.empty(), ApiSurface.of("/v3x"));
    }

    @Test
    void shouldMatchExactlyThePublicPathsWithItsRegex() {
        String regex = ApiSurface.publicPathRegex();
        List.of("/v3", "/v3/users/1", "/api/v1/technicians", "/tech", "/tech/a@b.c", "/42/api/user/x", "/admin/keys/rotate",
                "/.well-known/jwks.json").forEach(path -> assertTrue(path.matches(regex), path));
        List.of("/q/health/ready", "/openapi/identity-service", "/v3x", "/api/v2/technicians", "/x/api/user")
                .forEach(path -> assertFalse(path.matches(regex), path));
    }

    @Test
    void shouldAnswerTheDispatchApiWithTheNestedErrorAndItsFields() {
        Problem problem = new Problem(422, "validation_failed", "Validation failed: email must be an email address",
                Map.of("email", List.of("must be an email address")), "req-1");
        assertEquals(Map.of("error", Map.of("code", "validation_failed", "message", problem.message(),
                "fields", problem.fields()), "request_id", "req-1"), ApiSurface.DISPATCH_V3.errorBody(problem));
    }

    @Test
    void shouldAnswerTheTechnicianManagementApiWithStatusAndMessageAndRefuseABadKeyWith403() {
        Problem problem = new Problem(403, "forbidden", "Invalid integration key", "req-2");
        assertEquals(Map.of("status", 403, "message", "Invalid integration key"), ApiSurface.TECH.errorBody(problem));
        assertEquals(403, ApiSurface.TECH.badCredentialStatus());
        assertEquals(401, ApiSurface.DISPATCH_V3.badCredentialStatus());
    }

    @ParameterizedTest
    @CsvSource({
            "validation_failed, invalid_request",
            "not_found, invalid_request",
            "method_not_allowed, invalid_request",
            "invalid_client, invalid_client",
            "unsupported_grant_type, unsupported_grant_type",
            "bad_gateway, temporarily_unavailable",
            "internal_error, server_error",
    })
    void shouldAnswerOAuthEndpointsWithRfc6749Codes(String code, String oauthCode) {
        Map<String, Object> body = ApiSurface.OAUTH.errorBody(new Problem(400, code, "why", "req-3"));
        assertEquals(Map.of("error", oauthCode, "error_description", "why"), body);
    }

    @Test
    void shouldNeverLetAnOAuthErrorBeCachedAndChallengeAFailedClientWithBasic() {
        Map<String, String> headers = ApiSurface.OAUTH.errorHeaders(new Problem(401, "invalid_client", "no", "r"));
        assertEquals("no-store", headers.get("Cache-Control"));
        assertEquals("no-cache", headers.get("Pragma"));
        assertEquals("Basic realm=\"fieldline\"", headers.get("WWW-Authenticate"));
        assertTrue(ApiSurface.DISPATCH_V3.errorHeaders(new Problem(401, "unauthorized", "no", "r"))
                .get("WWW-Authenticate").startsWith("Bearer "));
    }

    @Test
    void shouldAnswerABrokenFieldRuleWith400OnOAuthEndpointsAndTheTechnicianManagementApiAnd422Elsewhere() {
        Problem broken = new Problem(422, "validation_failed", "scope must be a string", "r");
        assertEquals(400, ApiSurface.OAUTH.status(broken));
        assertEquals(400, ApiSurface.TECH.status(broken));
        assertEquals(422, ApiSurface.DISPATCH_V3.status(broken));
        assertEquals(409, ApiSurface.TECH.status(new Problem(409, "conflict", "Email already exists", "r")));
        assertEquals(400, ApiSurface.TECH.errorBody(broken).get("status"));
        assertEquals(401, ApiSurface.OAUTH.status(new Problem(401, "invalid_client", "no", "r")));
    }

    @Test
    void shouldChallengeABadCredentialWithInvalidTokenAndAMissingOneWithoutAnErrorCode() {
        Problem refused = new Problem(401, "unauthorized", "no", "r");
        assertEquals("Bearer realm=\"fieldline\", error=\"invalid_token\"",
                ApiSurface.TECHNICIANS.errorHeaders(refused).get("WWW-Authenticate"));
        assertEquals("Bearer realm=\"fieldline\"",
                ApiSurface.TECHNICIANS.errorHeaders(refused, false).get("WWW-Authenticate"));
    }

    @Test
    void shouldChallengeATokenWithoutTheScopeWithInsufficientScopeOnly() {
        assertEquals("Bearer realm=\"fieldline\", error=\"insufficient_scope\"", ApiSurface.DISPATCH_V3
                .errorHeaders(new Problem(403, ApiSurface.INSUFFICIENT_SCOPE, "no", "r")).get("WWW-Authenticate"));
        assertFalse(ApiSurface.DISPATCH_V3.errorHeaders(new Problem(403, "forbidden", "no", "r"))
                .containsKey("WWW-Authenticate"));
    }

    @Test
    void shouldWordABrokenFieldRuleOnTheTechnicianManagementApiAsItsSeedDoes() {
        Problem problem = new Problem(422, "validation_failed", "Validation failed: bogus is not a field here",
                Map.of("bogus", List.of("is not a field here")), "req-3");
        assertEquals(Map.of("status", 400, "message", "Invalid request: bogus is not a field here"),
                ApiSurface.TECH.errorBody(problem));
    }
}
