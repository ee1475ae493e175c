package io.fieldline.technician;

import io.fieldline.local.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Stands in for identity-service's internal credentials and login API, recording each call in an {@link IdentityStub}. */
public class IdentityStubResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the {@link IdentityStub} field to fill. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectIdentityStub {
    }

    private final IdentityStub stub = new IdentityStub();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = FreePorts.pick();
        try {
            vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                String[] path = request.path().split("/");
                if (stub.down.get()) {
                    request.response().setStatusCode(503).end();
                    return;
                }
                long userId = Long.parseLong(path[3]);
                if (path[4].equals("login")) {
                    stub.logins.add(new IdentityStub.LoginLearned(userId, request.getHeader("Authorization"),
                            body.toJsonObject()));
                    request.response().setStatusCode(204).end();
                    return;
                }
                stub.calls.add(new IdentityStub.PasswordSet(userId, request.getHeader("Authorization"), body.toJsonObject()));
                stub.answering.get().thenRun(() -> request.response().setStatusCode(204).end());
            })).listen(port).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("identity stub did not start", e);
        }
        return Map.of("quarkus.rest-client.identity.url", "http://localhost:" + port);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stub,
                new TestInjector.AnnotatedAndMatchesType(InjectIdentityStub.class, IdentityStub.class));
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
