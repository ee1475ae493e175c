package io.fieldline.technician.user.service;

import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.security.PasswordPolicy;
import io.fieldline.technician.user.User;
import io.fieldline.technician.user.rest.CreateUserRequest;

import java.util.Optional;
import java.util.Set;

/** A validated {@code POST /v3/users} request: every rule of the API document's user attributes, checked at once. */
public record NewUser(long organizationId, String firstName, String lastName, boolean dispatcher, boolean technician,
                      String phoneNumber, String email, Optional<String> password) {

    public static NewUser validate(CreateUserRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "is required");
            errors.throwIfAny();
        }
        long organizationId = UserFields.organizationId(request.organizationId(), errors);
        String firstName = UserFields.name("first_name", request.firstName(), errors);
        String lastName = UserFields.name("last_name", request.lastName(), errors);
        Set<String> roles = UserFields.roles(request.roles(), errors);
        String phone = UserFields.phoneNumber(request.phoneNumber(), errors);
        String email = UserFields.email(request.email(), errors);
        if (request.password() != null) {
            PasswordPolicy.check(request.password(), errors);
        }
        errors.throwIfAny();
        return new NewUser(organizationId, firstName, lastName, roles.contains(User.DISPATCHER),
                roles.contains(User.TECHNICIAN), phone, email, Optional.ofNullable(request.password()));
    }
}
