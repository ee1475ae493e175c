package io.fieldline.job.brand;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A brand or division of an account: the name, phone, email and logo its jobs show (seed: Brands). */
@Entity
@Table(name = "brand")
public class Brand extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(nullable = false)
    public String name;

    /** E.164. */
    @Column(name = "phone_number")
    public String phoneNumber;

    /** The uid of a datafile of the same account. */
    @Column(name = "logo_token")
    public UUID logoToken;

    public String email;

    /** Grows with every change; events carry it so consumers can ignore stale ones. */
    @Column(nullable = false)
    public long version = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
