package io.fieldline.events;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The revocations in effect, as applied from {@link RevocationEvent}s; safe to read and apply from any thread. */
public final class RevocationList {

    private record SubjectRevocation(Instant issuedBefore, Instant expiresAt) {
    }

    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, SubjectRevocation> subjects = new ConcurrentHashMap<>();

    public void apply(RevocationEvent event) {
        if (RevocationEvent.TOKEN.equals(event.kind()) && event.jti() != null) {
            tokens.put(event.jti(), event.expiresAt());
        } else if (RevocationEvent.SUBJECT.equals(event.kind()) && event.subject() != null && event.issuedBefore() != null) {
            subjects.merge(subjectKey(event.accountId(), event.subject()),
                    new SubjectRevocation(event.issuedBefore(), event.expiresAt()),
                    (known, added) -> added.issuedBefore().isAfter(known.issuedBefore()) ? added : known);
        } else {
            throw new IllegalArgumentException("not a revocation: " + event);
        }
    }

    /** Whether a token with these claims was revoked, by its id or through its subject. */
    public boolean isRevoked(String jti, long accountId, String subject, Instant issuedAt) {
        if (jti != null && tokens.containsKey(jti)) {
            return true;
        }
        SubjectRevocation revocation = subject == null ? null : subjects.get(subjectKey(accountId, subject));
        return revocation != null && !issuedAt.isAfter(revocation.issuedBefore());
    }

    /** Forgets revocations whose tokens have all expired. */
    public void forgetExpired(Instant now) {
        tokens.values().removeIf(expiresAt -> expiresAt.isBefore(now));
        subjects.values().removeIf(revocation -> revocation.expiresAt().isBefore(now));
    }

    private static String subjectKey(long accountId, String subject) {
        return accountId + "/" + subject;
    }
}
