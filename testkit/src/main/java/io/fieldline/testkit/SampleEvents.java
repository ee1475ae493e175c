package io.fieldline.testkit;

/** Event data as the services publish it, for tests that play the publisher. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** A workforce user event's data (fieldline.workforce.users) of a technician in organization 10. */
    public static String workforceUser(long id, long accountId, String firstName, String email, boolean active,
                                       long version) {
        return """
                {"id":%d,"account_id":%d,"organization_id":10,"first_name":"%s","last_name":"Johnson","email":%s,
                 "phone_number":null,"roles":["technician"],"active":%s,"availability_status":"Available",
                 "vehicle_type":null,"transport_modes":[],"version":%d,
                 "created_at":"2026-01-15T09:30:00Z","updated_at":"2026-01-15T09:30:00Z"}"""
                .formatted(id, accountId, firstName, email == null ? "null" : "\"" + email + "\"", active, version);
    }
}
