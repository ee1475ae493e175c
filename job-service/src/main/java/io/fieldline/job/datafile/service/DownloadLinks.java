package io.fieldline.job.datafile.service;

import io.fieldline.job.config.DatafilesConfig;
import io.fieldline.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Short-lived signed download links, {@code /v3/datafiles/{uid}/content?expires=<epoch s>&signature=<s>}: the
 * signature, HMAC-SHA256 over the uid and the expiry with the configured key in unpadded base64url (RFC 4648 §5), is
 * the link's only credential. A link whose uid, expiry or signature was changed, or that expired, is a 403.
 */
@ApplicationScoped
public class DownloadLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();

    public DownloadLinks(DatafilesConfig config) {
        if (config.signingKey().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("fieldline.datafiles.signing-key must be at least " + MIN_KEY_LENGTH
                    + " characters");
        }
        this.key = new SecretKeySpec(config.signingKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.lifetime = config.linkLifetime();
    }

    /** A link to the file's content below {@code publicBase} (scheme and authority), valid for the configured time. */
    public URI linkFor(URI publicBase, UUID uid) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return publicBase.resolve("/v3/datafiles/" + uid + "/content?expires=" + expires + "&signature="
                + signature(uid.toString(), expires));
    }

    /**
     * Checks a link's parts as they came: 403 unless the signature is the one for this uid and expiry and the expiry
     * is still ahead.
     */
    public void verify(String uid, long expires, String signature) {
        byte[] expected = signature(uid, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "forbidden", "The download link is not valid");
        }
        if (clock.instant().getEpochSecond() >= expires) {
            throw new ApiException(403, "forbidden", "The download link has expired; ask for the file again");
        }
    }

    /** The signature of a link to {@code uid} that expires at {@code expires} (epoch seconds). */
    public String signature(String uid, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((uid + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", unavailable);
        }
    }
}
