package io.fieldline.technician.user.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.security.PasswordPolicy;
import io.fieldline.technician.user.User;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A validated {@code PATCH /v3/users/:id} request: only the attributes present change. Required attributes cannot be
 * cleared; {@code phone_number} and {@code email} are cleared by {@code null}.
 */
public record UserChanges(Optional<Long> organizationId, Optional<String> firstName, Optional<String> lastName,
                          Optional<Set<String>> roles, Optional<Optional<String>> phoneNumber,
                          Optional<Optional<String>> email, Optional<String> password) {

    public static UserChanges validate(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        if (body == null || !body.isObject()) {
            errors.add("body", "must be a JSON object");
            errors.throwIfAny();
        }
        Optional<Long> organizationId = body.has("organization_id")
                ? Optional.of(UserFields.organizationId(scalar(body.get("organization_id")), errors)) : Optional.empty();
        Optional<String> firstName = body.has("first_name")
                ? Optional.ofNullable(UserFields.name("first_name", text(body, "first_name", errors), errors))
                : Optional.empty();
        Optional<String> lastName = body.has("last_name")
                ? Optional.ofNullable(UserFields.name("last_name", text(body, "last_name", errors), errors))
                : Optional.empty();
        Optional<Set<String>> roles = body.has("roles")
                ? Optional.of(UserFields.roles(strings(body, "roles", errors), errors)) : Optional.empty();
        Optional<Optional<String>> phone = body.has("phone_number")
                ? Optional.of(Optional.ofNullable(UserFields.phoneNumber(text(body, "phone_number", errors), errors)))
                : Optional.empty();
        Optional<Optional<String>> email = body.has("email")
                ? Optional.of(Optional.ofNullable(UserFields.email(text(body, "email", errors), errors)))
                : Optional.empty();
        Optional<String> password = Optional.empty();
        if (body.has("password")) {
            String value = text(body, "password", errors);
            PasswordPolicy.check(value, errors);
            password = Optional.ofNullable(value);
        }
        errors.throwIfAny();
        return new UserChanges(organizationId, firstName, lastName, roles, phone, email, password);
    }

    /** Applies the attribute changes; returns whether any stored attribute changed. */
    boolean applyTo(User user) {
        boolean changed = false;
        if (organizationId.isPresent() && organizationId.get() != user.organizationId) {
            user.organizationId = organizationId.get();
            changed = true;
        }
        if (firstName.isPresent() && !firstName.get().equals(user.firstName)) {
            user.firstName = firstName.get();
            changed = true;
        }
        if (lastName.isPresent() && !lastName.get().equals(user.lastName)) {
            user.lastName = lastName.get();
            changed = true;
        }
        if (roles.isPresent() && (roles.get().contains(User.DISPATCHER) != user.dispatcher
                || roles.get().contains(User.TECHNICIAN) != user.technician)) {
            user.dispatcher = roles.get().contains(User.DISPATCHER);
            user.technician = roles.get().contains(User.TECHNICIAN);
            changed = true;
        }
        if (phoneNumber.isPresent() && !phoneNumber.get().equals(Optional.ofNullable(user.phoneNumber))) {
            user.phoneNumber = phoneNumber.get().orElse(null);
            changed = true;
        }
        if (email.isPresent() && !email.get().equals(Optional.ofNullable(user.email))) {
            user.email = email.get().orElse(null);
            changed = true;
        }
        return changed;
    }

    private static Object scalar(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.numberValue() : node.isTextual() ? node.textValue() : node.toString();
    }

    private static String text(JsonNode body, String field, FieldErrors errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(field, "must be a string");
            return null;
        }
        return node.textValue();
    }

    private static List<String> strings(JsonNode body, String field, FieldErrors errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (!node.isArray()) {
            errors.add(field, "must be an array of strings");
            return values;
        }
        node.forEach(item -> values.add(item.isTextual() ? item.textValue() : item.toString()));
        return values;
    }
}
