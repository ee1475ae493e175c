package io.fieldline.messaging.revocation;

import io.fieldline.events.RevocationEvent;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The revocations in effect, as applied from {@link RevocationEvent}s; safe to read and apply from any thread. */
public final class RevocationList {

    /** Every token issued up to {@code issuedBefore}; kept until {@code expiresAt}, when the last of them expires. */
    private record Cutoff(Instant issuedBefore, Instant expiresAt) {

        Cutoff later(Cutoff other) {
            return other.issuedBefore.isAfter(issuedBefore) ? other : this;
        }

        boolean covers(Instant issuedAt) {
            return !issuedAt.isAfter(issuedBefore);
        }
    }

    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Cutoff> subjects = new ConcurrentHashMap<>();
    private final Map<String, Cutoff> clients = new ConcurrentHashMap<>();

    public void apply(RevocationEvent event) {
        if (RevocationEvent.TOKEN.equals(event.kind()) && event.jti() != null) {
            tokens.put(event.jti(), event.expiresAt());
        } else if (RevocationEvent.SUBJECT.equals(event.kind()) && event.subject() != null && event.issuedBefore() != null) {
            subjects.merge(key(event.accountId(), event.subject()), cutoff(event), Cutoff::later);
        } else if (RevocationEvent.CLIENT.equals(event.kind()) && event.clientId() != null && event.issuedBefore() != null) {
            clients.merge(key(event.accountId(), event.clientId()), cutoff(event), Cutoff::later);
        } else {
            throw new IllegalArgumentException("not a revocation: " + event);
        }
    }

    /** Whether a token with these claims was revoked: by its id, through its subject, or through its client. */
    public boolean isRevoked(String jti, long accountId, String subject, String clientId, Instant issuedAt) {
        if (jti != null && tokens.containsKey(jti)) {
            return true;
        }
        Cutoff bySubject = subject == null ? null : subjects.get(key(accountId, subject));
        Cutoff byClient = clientId == null ? null : clients.get(key(accountId, clientId));
        return (bySubject != null && bySubject.covers(issuedAt)) || (byClient != null && byClient.covers(issuedAt));
    }

    /** Forgets revocations whose tokens have all expired. */
    public void forgetExpired(Instant now) {
        tokens.values().removeIf(expiresAt -> expiresAt.isBefore(now));
        subjects.values().removeIf(revocation -> revocation.expiresAt().isBefore(now));
        clients.values().removeIf(revocation -> revocation.expiresAt().isBefore(now));
    }

    private static Cutoff cutoff(RevocationEvent event) {
        return new Cutoff(event.issuedBefore(), event.expiresAt());
    }

    private static String key(long accountId, String name) {
        return accountId + "/" + name;
    }
}
