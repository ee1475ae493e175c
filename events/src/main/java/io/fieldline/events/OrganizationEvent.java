package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * The data of an organization event on {@value #TOPIC}: the full organization after the change. {@code version} grows
 * with every change. {@code create_user} asks technician-service to create the organization's initial user (roles
 * dispatcher and technician, the organization's email, no password) from the {@code created} event; {@code network}
 * ({@code first_party} or {@code third_party}) says whether the account may write the organization's users. A deleted
 * organization ({@code deleted}, with {@code deleted_at}) gets no new jobs or users. Data without an id, an account, a
 * version or {@code updated_at} is refused with an {@link IllegalArgumentException}.
 */
public record OrganizationEvent(
        long id,
        @JsonProperty("account_id") long accountId,
        String name,
        String email,
        @JsonProperty("phone_number") String phoneNumber,
        LocationData address,
        @JsonProperty("logo_token") String logoToken,
        @JsonProperty("external_ids") List<String> externalIds,
        String network,
        @JsonProperty("create_user") boolean createUser,
        boolean deleted,
        long version,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") Instant deletedAt) {

    public static final String TOPIC = "fieldline.jobs.organizations";
    public static final EventContract<OrganizationEvent> CONTRACT = EventContract.versioned(TOPIC, "job-service",
            OrganizationEvent.class, "Organization", OrganizationEvent::version);
    public static final EventType<OrganizationEvent> CREATED = CONTRACT.declare("fieldline.jobs.organization.created.v1");
    public static final EventType<OrganizationEvent> UPDATED = CONTRACT.declare("fieldline.jobs.organization.updated.v1");
    public static final EventType<OrganizationEvent> DELETED = CONTRACT.declare("fieldline.jobs.organization.deleted.v1");

    public OrganizationEvent {
        if (id <= 0 || accountId <= 0 || version <= 0 || updatedAt == null) {
            throw new IllegalArgumentException("an organization event needs id, account_id, version and updated_at");
        }
    }
}
