package io.fieldline.technician.user.service;

import io.fieldline.technician.user.User;
import io.fieldline.technician.user.mapping.UserMapper;
import io.fieldline.technician.user.rest.CreateUserRequest;

import java.util.Optional;

/**
 * A user to create, checked by the surface it came through: names stripped, phone in E.164, no blank email;
 * {@code language} (BCP 47) and {@code timezone} (IANA) may be none.
 */
public record NewUser(long organizationId, String firstName, String lastName, boolean dispatcher, boolean technician,
                      String phoneNumber, String email, Optional<String> password, String language, String timezone) {

    /** From a validated {@code POST /v3/users} body: blank email is none. */
    public static NewUser of(CreateUserRequest request) {
        return new NewUser(request.organizationId(), request.firstName().strip(), request.lastName().strip(),
                request.roles().contains(User.DISPATCHER), request.roles().contains(User.TECHNICIAN),
                UserMapper.phone(request.phoneNumber()), UserMapper.blankToNull(request.email()),
                Optional.ofNullable(request.password()), null, null);
    }
}
