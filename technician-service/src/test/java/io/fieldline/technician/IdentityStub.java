package io.fieldline.technician;

import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** What technician-service sent to identity-service's credentials API, and whether identity-service is up. */
public final class IdentityStub {

    /** One call to set a password. */
    public record PasswordSet(long userId, String authorization, JsonObject body) {
    }

    final List<PasswordSet> calls = new CopyOnWriteArrayList<>();
    final AtomicBoolean down = new AtomicBoolean();

    public List<PasswordSet> passwordsSetFor(long userId) {
        return calls.stream().filter(call -> call.userId() == userId).toList();
    }

    /** Makes identity-service answer every call with 503 until {@link #up()}. */
    public void down() {
        down.set(true);
    }

    public void up() {
        down.set(false);
    }
}
