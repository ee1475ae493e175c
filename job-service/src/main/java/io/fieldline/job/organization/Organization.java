package io.fieldline.job.organization;

import io.fieldline.job.location.Location;

import java.time.Instant;
import java.util.List;

/**
 * A service provider that does the work (seed: Organizations), within one account. {@code network} is
 * {@value #FIRST_PARTY} (default) or {@value #THIRD_PARTY}: on a third-party organization the account may read users
 * but not write them. A deleted organization ({@code deletedAt}) is gone from the API and gets no new jobs or users.
 */
public class Organization {

    public static final String FIRST_PARTY = "first_party";
    public static final String THIRD_PARTY = "third_party";

    public long id;
    public long accountId;
    public String name;
    public String email;
    /** E.164. */
    public String phoneNumber;
    public Location address;
    public String logoToken;
    /** The job source's ids of the organization, in the order first sent, each once. */
    public List<String> externalIds = List.of();
    public String network = FIRST_PARTY;
    /** Asked at creation: technician-service creates the initial user from the created event. */
    public boolean createUser;
    /** Grows with every change; events carry it so consumers can ignore stale ones. */
    public long version = 1;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant deletedAt;
}
