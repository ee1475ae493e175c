package io.fieldline.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whom a call acts for, from a token or from an event. */
class TenancyTest {

    @Test
    void shouldActForTheWholeAccountAsTheClientOfAClientToken() {
        TokenPrincipal client = new TokenPrincipal(7, "client-a", Set.of("jobs:read"), Optional.empty(), Optional.empty());

        assertEquals(new Tenancy(7, Optional.empty(), "client-a"), Tenancy.of(client));
    }

    @Test
    void shouldActWithinTheUsersOrganizationAsTheUserOfAUserToken() {
        TokenPrincipal user = new TokenPrincipal(7, "client-a", Set.of("jobs:read"), Optional.of(5L), Optional.of(30L));

        assertEquals(new Tenancy(7, Optional.of(30L), "user:5"), Tenancy.of(user));
    }

    @Test
    void shouldActAsTheSourceOfAnEvent() {
        assertEquals(new Tenancy(7, Optional.of(30L), "/fieldline/job-service"),
                Tenancy.ofEvent(7, Optional.of(30L), "/fieldline/job-service"));
    }
}
