package io.fieldline.technician.user.service;

import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.technician.user.User;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of each user attribute of the API document, shared by create and update. */
final class UserFields {

    private static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** RFC 3966 global numbers, with or without the {@code tel:} prefix and visual separators. */
    private static final Pattern PHONE = Pattern.compile("(tel:)?\\+[0-9][0-9().\\- ]{5,30}");
    private static final Set<String> ROLES = Set.of(User.DISPATCHER, User.TECHNICIAN);

    private UserFields() {
    }

    /** A positive id, given as a number or a numeric string. */
    static long organizationId(Object raw, FieldErrors errors) {
        String text = raw == null ? null : raw.toString().trim();
        if (text == null || text.isEmpty()) {
            errors.add("organization_id", "is required");
        } else if (!(raw instanceof Number || raw instanceof String) || !text.matches("[1-9][0-9]{0,17}")) {
            errors.add("organization_id", "must be a positive integer id");
        } else {
            return Long.parseLong(text);
        }
        return 0;
    }

    static String name(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required");
        } else if (value.strip().length() > MAX_NAME) {
            errors.add(field, "must be at most " + MAX_NAME + " characters");
        }
        return value == null ? null : value.strip();
    }

    static Set<String> roles(List<String> roles, FieldErrors errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "is required: one or both of \"dispatcher\", \"technician\"");
            return Set.of();
        }
        Set<String> valid = new HashSet<>();
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                errors.add("roles", "has unknown role \"" + role + "\": valid roles are \"dispatcher\" and \"technician\"");
            } else {
                valid.add(role);
            }
        }
        return valid;
    }

    /** Optional: blank means none. */
    static String phoneNumber(String value, FieldErrors errors) {
        String phone = blankToNull(value);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add("phone_number", "must be a phone number in RFC 3966 global format, e.g. +15551234567");
        }
        return phone;
    }

    /** Optional: blank means none. */
    static String email(String value, FieldErrors errors) {
        String email = blankToNull(value);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add("email", "must be an email address");
        }
        return email;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
