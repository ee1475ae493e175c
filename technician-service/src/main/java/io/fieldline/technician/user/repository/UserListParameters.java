package io.fieldline.technician.user.repository;

import io.fieldline.platform.list.ParameterErrors;
import io.fieldline.technician.user.User;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query of {@code GET /v3/users} made ready for its {@link UserQueries#LIST}: {@code filter[by_user_roles]} (seed:
 * Users, "List Users") matches users holding any of a comma-separated list of roles, which no comparison of one
 * attribute expresses, so it is read here; emails are compared without case, as they are unique without case.
 *
 * @param roles the roles asked for; empty when the filter is absent
 * @param rest  every other parameter, for {@link UserQueries#LIST}
 */
public record UserListParameters(Set<String> roles, Map<String, List<String>> rest) {

    public static final String BY_USER_ROLES = "filter[by_user_roles]";
    private static final Set<String> ROLES = Set.of(User.DISPATCHER, User.TECHNICIAN);

    /** Reads {@code query}; a bad {@code filter[by_user_roles]} is a 400 naming it. */
    public static UserListParameters read(Map<String, List<String>> query) {
        Map<String, List<String>> rest = new HashMap<>();
        query.forEach((name, values) -> rest.put(name, name.startsWith("filter[email")
                ? values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList() : values));
        List<String> given = rest.remove(BY_USER_ROLES);
        if (given == null) {
            return new UserListParameters(Set.of(), rest);
        }
        ParameterErrors errors = new ParameterErrors();
        if (given.size() > 1) {
            errors.add(BY_USER_ROLES, "is given more than once");
        } else if (given.get(0).isEmpty()) {
            errors.add(BY_USER_ROLES, "must not be empty");
        }
        errors.throwIfAny();
        Set<String> roles = Arrays.stream(given.get(0).split(",", -1)).map(String::strip).collect(Collectors.toSet());
        if (!ROLES.containsAll(roles)) {
            errors.add(BY_USER_ROLES, "must be a comma-separated list of roles: dispatcher, technician").throwIfAny();
        }
        return new UserListParameters(roles, rest);
    }

    public boolean wantsDispatchers() {
        return roles.contains(User.DISPATCHER);
    }

    public boolean wantsTechnicians() {
        return roles.contains(User.TECHNICIAN);
    }
}
