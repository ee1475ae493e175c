package io.fieldline.technician;

import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** What technician-service sent to identity-service's credentials and login API, and whether identity-service is up. */
public final class IdentityStub {

    /** One call to set a password. */
    public record PasswordSet(long userId, String authorization, JsonObject body) {
    }

    /** One hand-over of a user's login facts. */
    public record LoginLearned(long userId, String authorization, JsonObject user) {
    }

    final List<PasswordSet> calls = new CopyOnWriteArrayList<>();
    final List<LoginLearned> logins = new CopyOnWriteArrayList<>();
    final AtomicBoolean down = new AtomicBoolean();
    /** Completes when identity-service may answer; a call that arrives meanwhile is recorded at once and answered then. */
    final AtomicReference<CompletableFuture<Void>> answering =
            new AtomicReference<>(CompletableFuture.completedFuture(null));

    public List<PasswordSet> passwordsSetFor(long userId) {
        return calls.stream().filter(call -> call.userId() == userId).toList();
    }

    public List<LoginLearned> loginsLearnedFor(long userId) {
        return logins.stream().filter(login -> login.userId() == userId).toList();
    }

    public List<PasswordSet> passwordsSetInAccount(long accountId) {
        return calls.stream().filter(call -> call.body().getLong("account_id") == accountId).toList();
    }

    /** Makes identity-service answer every call with 503 until {@link #up()}. */
    public void down() {
        down.set(true);
    }

    public void up() {
        down.set(false);
    }

    /** Makes identity-service slow: it answers nothing until {@link #answer()}. */
    public void hold() {
        answering.set(new CompletableFuture<>());
    }

    /** Answers every held call, and every later one at once. */
    public void answer() {
        answering.get().complete(null);
    }
}
