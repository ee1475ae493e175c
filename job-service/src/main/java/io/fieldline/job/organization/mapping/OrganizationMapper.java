package io.fieldline.job.organization.mapping;

import io.fieldline.events.OrganizationEvent;
import io.fieldline.job.location.LocationJson;
import io.fieldline.job.location.Locations;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.organization.Organization;
import io.fieldline.job.organization.rest.CreateOrganizationRequest;
import io.fieldline.job.organization.rest.OrganizationView;
import io.fieldline.job.organization.rest.UpdateOrganizationRequest;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.platform.validation.Patch;
import io.fieldline.platform.validation.PhoneNumbers;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Maps an organization to what the API shows and what its events carry, and applies requests to it. */
public final class OrganizationMapper {

    private OrganizationMapper() {
    }

    /** The organization as {@code principal} sees it: external ids only for a job source. */
    public static OrganizationView toView(Organization organization, TokenPrincipal principal) {
        return new OrganizationView(organization.id, organization.name, organization.address, organization.phoneNumber,
                organization.email, organization.logoToken, principal.isUser() ? null : organization.externalIds,
                organization.network);
    }

    public static OrganizationEvent toEvent(Organization organization) {
        return new OrganizationEvent(organization.id, organization.accountId, organization.name, organization.email,
                organization.phoneNumber, LocationJson.toEvent(organization.address), organization.logoToken,
                organization.externalIds, organization.network, organization.createUser,
                organization.deletedAt != null, organization.version, organization.createdAt, organization.updatedAt,
                organization.deletedAt);
    }

    /** A new organization of the account from a validated create body. */
    public static Organization newOrganization(long accountId, CreateOrganizationRequest request, Instant now) {
        Organization organization = new Organization();
        organization.accountId = accountId;
        organization.name = request.name().strip();
        organization.email = request.email().strip();
        organization.phoneNumber = phone(request.phoneNumber());
        organization.address = Locations.normalize(request.address());
        organization.logoToken = blankToNull(request.logoToken());
        organization.externalIds = ExternalIds.normalize(request.externalIds());
        organization.network = Objects.requireNonNullElse(request.network(), Organization.FIRST_PARTY);
        organization.createUser = Boolean.TRUE.equals(request.createUser());
        organization.createdAt = now;
        organization.updatedAt = now;
        return organization;
    }

    /**
     * Merges a create body onto the organization it names by external id: each attribute the body gives replaces the
     * stored one, external ids are united; {@code create_user} only ever applies to a new organization. Returns
     * whether anything changed.
     */
    public static boolean merge(CreateOrganizationRequest request, Organization organization) {
        Organization requested = newOrganization(organization.accountId, request, organization.createdAt);
        boolean changed = Merges.replace(requested.name, organization.name, value -> organization.name = value);
        changed |= Merges.replace(requested.email, organization.email, value -> organization.email = value);
        changed |= Merges.replace(requested.phoneNumber, organization.phoneNumber, value -> organization.phoneNumber = value);
        changed |= Merges.replace(requested.address, organization.address, value -> organization.address = value);
        changed |= Merges.replace(requested.logoToken, organization.logoToken, value -> organization.logoToken = value);
        changed |= Merges.replace(request.network(), organization.network, value -> organization.network = value);
        changed |= Merges.replace(ExternalIds.unite(organization.externalIds, request.externalIds()), organization.externalIds,
                value -> organization.externalIds = value);
        return changed;
    }

    /** Applies the attributes a validated PATCH body names; returns whether any stored attribute changed. */
    public static boolean applyChanges(UpdateOrganizationRequest changes, Organization organization) {
        boolean changed = Patch.apply(changes.name(), String::strip, organization.name, value -> organization.name = value);
        changed |= Patch.apply(changes.email(), String::strip, organization.email, value -> organization.email = value);
        changed |= Patch.apply(changes.phoneNumber(), OrganizationMapper::phone, organization.phoneNumber,
                value -> organization.phoneNumber = value);
        changed |= Patch.apply(changes.address(), Locations::normalize, organization.address,
                value -> organization.address = value);
        changed |= Patch.apply(changes.logoToken(), OrganizationMapper::blankToNull, organization.logoToken,
                value -> organization.logoToken = value);
        changed |= Patch.apply(changes.externalIds(), ExternalIds::normalize, organization.externalIds,
                value -> organization.externalIds = value == null ? List.of() : value);
        changed |= Patch.apply(changes.network(), organization.network, value -> organization.network = value);
        return changed;
    }

    /** A phone number in E.164; blank means none. */
    public static String phone(String number) {
        return number == null || number.isBlank() ? null : PhoneNumbers.toE164(number);
    }

    /** Optional text attributes: blank means none. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
