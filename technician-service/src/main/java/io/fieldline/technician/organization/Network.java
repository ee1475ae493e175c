package io.fieldline.technician.organization;

import java.util.Locale;

/**
 * Whose organization it is to its account: {@code first_party} (the account's own; it writes its users) or
 * {@code third_party} (a partner's; the account reads its users only). Absent means first-party (issue 10).
 */
public enum Network {
    FIRST_PARTY,
    THIRD_PARTY;

    /** The network named {@code first_party} or {@code third_party}, first-party when null; else an IllegalArgumentException. */
    public static Network of(String name) {
        if (name == null) {
            return FIRST_PARTY;
        }
        return switch (name) {
            case "first_party" -> FIRST_PARTY;
            case "third_party" -> THIRD_PARTY;
            default -> throw new IllegalArgumentException("network " + name + " is not first_party or third_party");
        };
    }

    /** The network's name as events and the database spell it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
