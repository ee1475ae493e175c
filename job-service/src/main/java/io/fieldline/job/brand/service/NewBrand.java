package io.fieldline.job.brand.service;

import io.fieldline.job.brand.mapping.BrandMapper;
import io.fieldline.job.brand.rest.CreateBrandRequest;
import io.fieldline.platform.validation.PhoneNumbers;

import java.util.UUID;

/** A brand to create, from a validated {@code POST /v3/brands} body: name stripped, phone in E.164. */
public record NewBrand(String name, String phoneNumber, UUID logoToken, String email) {

    public static NewBrand of(CreateBrandRequest request) {
        return new NewBrand(request.name().strip(),
                request.phoneNumber() == null ? null : PhoneNumbers.toE164(request.phoneNumber()),
                BrandMapper.uid(request.logoToken()), request.email() == null ? null : request.email().strip());
    }
}
