package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The data of a brand event on {@value #TOPIC}: the full brand after the change (seed: Brands); a deleted brand's
 * last state, with its version grown once more. Data without an id, a version, a name or {@code updated_at} is refused
 * with an {@link IllegalArgumentException}.
 */
public record BrandEvent(
        long id,
        @JsonProperty("account_id") long accountId,
        String name,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("logo_token") String logoToken,
        String email,
        long version,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static final String TOPIC = "fieldline.jobs.brands";
    public static final EventContract<BrandEvent> CONTRACT = EventContract.versioned(TOPIC, "job-service",
            BrandEvent.class, "Brand", BrandEvent::version);
    public static final EventType<BrandEvent> CREATED = CONTRACT.declare("fieldline.jobs.brand.created.v1");
    public static final EventType<BrandEvent> UPDATED = CONTRACT.declare("fieldline.jobs.brand.updated.v1");
    public static final EventType<BrandEvent> DELETED = CONTRACT.declare("fieldline.jobs.brand.deleted.v1");

    public BrandEvent {
        if (id <= 0 || version <= 0 || name == null || updatedAt == null) {
            throw new IllegalArgumentException("a brand event needs id, version, name and updated_at");
        }
    }
}
