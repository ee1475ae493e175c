package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * The data of a job event on {@value #TOPIC}: the full job after the change. An accept or reject of an offer is its own
 * event type; the appointment an accept creates has its own event on {@value AppointmentEvent#TOPIC}. {@code version}
 * grows with every change. Data without an id, an account, an organization, a customer, a status, a version or
 * {@code updated_at} is refused with an {@link IllegalArgumentException}.
 */
public record JobEvent(
        long id,
        @JsonProperty("account_id") long accountId,
        @JsonProperty("organization_id") long organizationId,
        @JsonProperty("customer_id") long customerId,
        @JsonProperty("brand_id") Long brandId,
        String title,
        String description,
        @JsonProperty("service_type") String serviceType,
        LocationData address,
        @JsonProperty("service_fee") Double serviceFee,
        String status,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("external_ids") List<String> externalIds,
        long version,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static final String TOPIC = "fieldline.jobs.jobs";
    public static final EventContract<JobEvent> CONTRACT = EventContract.versioned(TOPIC, "job-service",
            JobEvent.class, "Job", JobEvent::version);
    public static final EventType<JobEvent> CREATED = CONTRACT.declare("fieldline.jobs.job.created.v1");
    public static final EventType<JobEvent> UPDATED = CONTRACT.declare("fieldline.jobs.job.updated.v1");
    public static final EventType<JobEvent> ACCEPTED = CONTRACT.declare("fieldline.jobs.job.accepted.v1");
    public static final EventType<JobEvent> REJECTED = CONTRACT.declare("fieldline.jobs.job.rejected.v1");

    public JobEvent {
        if (id <= 0 || accountId <= 0 || organizationId <= 0 || customerId <= 0 || status == null || version <= 0
                || updatedAt == null) {
            throw new IllegalArgumentException(
                    "a job event needs id, account_id, organization_id, customer_id, status, version and updated_at");
        }
    }
}
