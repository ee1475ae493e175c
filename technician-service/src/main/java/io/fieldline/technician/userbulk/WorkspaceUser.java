package io.fieldline.technician.userbulk;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the users bulk API holds of a workforce user beyond the one user model (seed: users-bulk-api.txt, "User Object
 * Payload"): its external id, user type, initials, image token, address, skill tags, teams, custom {@code Data} fields
 * and whether it is archived. The user itself (name, email, phone, roles, enabled) is the {@code User} it belongs to.
 */
@Entity
@Table(name = "workspace_user")
public class WorkspaceUser extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "external_id")
    public String externalId;

    /** One of {@code UserType}'s names; none for a user written only through other APIs. */
    @Column(name = "user_type")
    public String userType;

    public String initials;

    public String image;

    public Double lat;

    public Double lon;

    @Column(name = "street_address")
    public String streetAddress;

    public String unit;

    public String city;

    public String state;

    public String zip;

    @Column(name = "skill_tags", nullable = false)
    @Convert(converter = JsonText.ListConverter.class)
    public List<String> skillTags = new ArrayList<>();

    /** External ids of the user's teams. */
    @Convert(converter = JsonText.ListConverter.class)
    @Column(nullable = false)
    public List<String> teams = new ArrayList<>();

    /** Custom fields by name. */
    @Convert(converter = JsonText.MapConverter.class)
    @Column(nullable = false)
    public Map<String, String> data = new LinkedHashMap<>();

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isArchived() {
        return archivedAt != null;
    }
}
