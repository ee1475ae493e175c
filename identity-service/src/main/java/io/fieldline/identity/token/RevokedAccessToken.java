package io.fieldline.identity.token;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An access token revoked before its expiry, remembered by its JWT id until it expires. */
@Entity
@Table(name = "revoked_access_token")
public class RevokedAccessToken extends PanacheEntityBase {

    @Id
    public String jti;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at", nullable = false)
    public Instant revokedAt;
}
