package io.fieldline.job.brand.mapping;

import io.fieldline.events.BrandEvent;
import io.fieldline.job.brand.Brand;
import io.fieldline.job.brand.rest.BrandView;
import io.fieldline.job.brand.rest.UpdateBrandRequest;
import io.fieldline.platform.validation.Patch;
import io.fieldline.platform.validation.PhoneNumbers;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** Maps a brand to what the API shows and to what its events carry, and applies the API's changes to it. */
public final class BrandMapper {

    private BrandMapper() {
    }

    public static BrandView toView(Brand brand) {
        return new BrandView(brand.id, brand.name, brand.phoneNumber,
                brand.logoToken == null ? null : brand.logoToken.toString(), brand.email);
    }

    /**
     * Applies the attributes a {@code PATCH /v3/brands/:id} body names (validated: {@code name} is never null);
     * returns whether any stored attribute changed.
     */
    public static boolean applyChanges(UpdateBrandRequest changes, Brand brand) {
        boolean changed = Patch.apply(changes.name(), String::strip, brand.name, name -> brand.name = name);
        changed |= Patch.apply(changes.phoneNumber(), PhoneNumbers::toE164, brand.phoneNumber,
                phone -> brand.phoneNumber = phone);
        changed |= Patch.apply(changes.email(), String::strip, brand.email, email -> brand.email = email);
        if (Patch.given(changes.logoToken())) {
            UUID logo = uid(changes.logoToken().get());
            changed |= !Objects.equals(logo, brand.logoToken);
            brand.logoToken = logo;
        }
        return changed;
    }

    /** A {@code logo_token} as stored: validated to be a UUID; null stays null. */
    public static UUID uid(String logoToken) {
        return logoToken == null ? null : UUID.fromString(logoToken.toLowerCase(Locale.ROOT));
    }

    public static BrandEvent toEvent(Brand brand) {
        return new BrandEvent(brand.id, brand.accountId, brand.name, brand.phoneNumber,
                brand.logoToken == null ? null : brand.logoToken.toString(), brand.email, brand.version,
                brand.createdAt, brand.updatedAt);
    }
}
