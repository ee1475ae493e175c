package io.fieldline.surfaces;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request keeps the id its caller sent when it is safe to log, and otherwise gets a new one. */
class RequestIdsTest {

    @Test
    void shouldKeepAValidIncomingId() {
        assertEquals("dispatch-42:retry.1", RequestIds.keepOrAssign("dispatch-42:retry.1"));
    }

    @Test
    void shouldAssignANewIdInsteadOfAMissingOrForgedOne() {
        for (String incoming : new String[] {null, "", "two\nlines", "x".repeat(129)}) {
            String assigned = RequestIds.keepOrAssign(incoming);
            assertTrue(assigned.matches("[0-9a-f]{32}"), () -> incoming + " was kept as " + assigned);
        }
    }
}
