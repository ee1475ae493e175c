package io.fieldline.identity.workforce;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A workforce user as identity-service knows it from user events: who may log in, where, with which roles. */
@Entity
@Table(name = "login_user")
public class LoginUser extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    public String email;

    /** Space separated. */
    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> roleList() {
        return roles.isBlank() ? List.of() : List.of(roles.trim().split("\\s+"));
    }
}
