package io.fieldline.identity.integrationkey;

import java.security.SecureRandom;
import java.util.Base64;

/** Integration key values: 256 random bits behind a recognisable prefix, so a leaked key is easy to spot in a scan. */
public final class IntegrationKeys {

    private static final String PREFIX = "flk_";
    /** How much of a key is kept in the clear to tell keys apart: the prefix and 6 of its 43 random characters. */
    private static final int VISIBLE = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private IntegrationKeys() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The start of a key, safe to show and to record. */
    public static String visiblePart(String key) {
        return key.substring(0, Math.min(VISIBLE, key.length()));
    }

    /** The subject of the tokens made for a key, so that revoking the key revokes them. */
    public static String subject(long keyId) {
        return "integration-key:" + keyId;
    }
}
