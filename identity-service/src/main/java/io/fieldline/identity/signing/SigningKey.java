package io.fieldline.identity.signing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A token signing key pair; keys are encoded PKCS#8 (private) and X.509 (public), base64. */
@Entity
@Table(name = "signing_key")
public class SigningKey extends PanacheEntityBase {

    @Id
    public String kid;

    @Column(nullable = false)
    public String algorithm;

    @Column(name = "private_key", nullable = false)
    public String privateKey;

    @Column(name = "public_key", nullable = false)
    public String publicKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** From when it signs; it is published in the JWKS from its creation. */
    @Column(name = "activates_at", nullable = false)
    public Instant activatesAt;
}
