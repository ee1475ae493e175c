package io.fieldline.identity.token;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An issued refresh token; only the hash of its opaque value is stored. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "client_id", nullable = false)
    public Long clientId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(nullable = false)
    public String scopes;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** Every token that came from one grant by rotation shares the family of the first. */
    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    /** When this token was exchanged for a new one; a retired token refreshes no more. */
    @Column(name = "rotated_at")
    public Instant rotatedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The pair that replaced this token, sealed under a key derived from it ({@link GraceSealer}). */
    @Column(name = "grace_response")
    public byte[] graceResponse;

    /** The user of a password grant's tokens; null for a client's own. */
    @Column(name = "user_id")
    public Long userId;

    public boolean isUsable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
