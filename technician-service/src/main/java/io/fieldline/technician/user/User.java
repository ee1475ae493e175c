package io.fieldline.technician.user;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person of the workforce: a dispatcher, a technician, or both. Its id is the technician id of the technicians API. */
@Entity
@Table(name = "workforce_user")
public class User extends PanacheEntityBase {

    public static final String DISPATCHER = "dispatcher";
    public static final String TECHNICIAN = "technician";

    /**
     * Reserved from the table's sequence before the user is written ({@code UserRepository.nextId}), so that its
     * password can reach identity-service before, and outside, the transaction that writes the user.
     */
    @Id
    public Long id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    public String email;

    @Column(name = "phone_number")
    public String phoneNumber;

    /** A BCP 47 language tag, such as {@code de}. */
    public String language;

    /** An IANA time zone id, such as {@code Europe/Lisbon}. */
    public String timezone;

    @Column(name = "is_dispatcher", nullable = false)
    public boolean dispatcher;

    @Column(name = "is_technician", nullable = false)
    public boolean technician;

    @Column(name = "availability_status", nullable = false)
    public String availabilityStatus = "Available";

    @Column(name = "vehicle_type")
    public String vehicleType;

    /** Space separated, e.g. {@code "driving transit"}. */
    @Column(name = "transport_modes", nullable = false)
    public String transportModes = "";

    /** Grows with every change; events carry it so consumers can ignore stale ones. */
    @Column(nullable = false)
    public long version = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deactivated_at")
    public Instant deactivatedAt;

    public List<String> roles() {
        return roles(dispatcher, technician);
    }

    /** The API's role names for these role flags, dispatcher first. */
    public static List<String> roles(boolean dispatcher, boolean technician) {
        List<String> roles = new ArrayList<>(2);
        if (dispatcher) {
            roles.add(DISPATCHER);
        }
        if (technician) {
            roles.add(TECHNICIAN);
        }
        return roles;
    }

    public List<String> transportModeList() {
        return transportModes.isBlank() ? List.of() : List.of(transportModes.trim().split("\\s+"));
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }
}
