package io.fieldline.technician.organization;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The initial user created for an organization created with {@code create_user}: at most one per organization. */
@Entity
@Table(name = "organization_initial_user")
public class InitialUser extends PanacheEntityBase {

    @Id
    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static InitialUser of(long organizationId, long userId, Instant createdAt) {
        InitialUser initial = new InitialUser();
        initial.organizationId = organizationId;
        initial.userId = userId;
        initial.createdAt = createdAt;
        return initial;
    }
}
