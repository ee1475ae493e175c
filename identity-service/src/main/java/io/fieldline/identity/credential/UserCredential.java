package io.fieldline.identity.credential;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A user's password, as an Argon2id hash. */
@Entity
@Table(name = "user_credential")
public class UserCredential extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
