package io.fieldline.surfaces;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The route table: the most specific template wins, and each resource lists its own methods. */
class PublicRoutesTest {

    @Test
    void shouldPreferLiteralSegmentsOverVariablesWhateverTheOrder() {
        PathTemplate variable = PathTemplate.of("/admin/clients/{client_id}");
        PathTemplate literal = PathTemplate.of("/admin/clients/rotate");
        assertTrue(literal.compareSpecificity(variable) < 0);
        assertTrue(variable.compareSpecificity(literal) > 0);
    }

    @Test
    void shouldMatchTemplatesSegmentBySegment() {
        assertTrue(PathTemplate.of("/v3/users/{id}").matches("/v3/users/12"));
        assertEquals(false, PathTemplate.of("/v3/users/{id}").matches("/v3/users/12/restore"));
        assertEquals(false, PathTemplate.of("/v3/users/{id}").matches("/v3/users/"));
        assertTrue(PathTemplate.of("/{workspace:[0-9]+}/api/user").matches("/10/api/user"));
        assertEquals(false, PathTemplate.of("/{workspace:[0-9]+}/api/user").matches("/ten/api/user"));
    }

    @Test
    void shouldListTheMethodsOfTheResourceItselfWithHeadWhereverGetIs() {
        assertEquals("DELETE, GET, HEAD, PATCH", PublicRoutes.match("/v3/users/1").orElseThrow().allow());
        assertEquals("POST", PublicRoutes.match("/v3/users/1/restore").orElseThrow().allow());
        assertEquals("GET, HEAD, POST", PublicRoutes.match("/v3/users").orElseThrow().allow());
        assertEquals("POST", PublicRoutes.match("/tech/bulk").orElseThrow().allow());
        assertEquals("PUT", PublicRoutes.match("/tech/john.doe@example.com").orElseThrow().allow());
    }

    @Test
    void shouldGiveHeadTheScopeOfGet() {
        PublicRoute user = PublicRoutes.match("/v3/users/1").orElseThrow();
        assertEquals(Optional.of("users:read"), user.scopeFor("HEAD"));
        assertEquals(Optional.empty(), PublicRoutes.match("/v3/oauth/token").orElseThrow().scopeFor("POST"));
    }

    @Test
    void shouldPutEveryRouteUnderTheRootOfItsOwnSurface() {
        PublicRoutes.all().forEach(route -> assertEquals(Optional.of(route.surface()),
                ApiSurface.of(route.path().toString().replaceAll("\\{[^}]*}", "1")), route.path().toString()));
    }

    @Test
    void shouldMatchNoRouteForAnUnknownPath() {
        assertEquals(Optional.empty(), PublicRoutes.match("/v3/users/1/unknown"));
    }
}
