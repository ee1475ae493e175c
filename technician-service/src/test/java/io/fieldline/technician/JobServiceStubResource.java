package io.fieldline.technician;

import io.fieldline.local.FreePorts;
import io.fieldline.serviceauth.ServiceCredentials;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for job-service's internal organizations API ({@code GET /internal/organizations/{id}?account_id=}) with a
 * real HTTP server that answers as job-service does: 401 unless technician-service authenticates with the internal
 * secret, the organization as JSON, or 404. Its world is a {@link JobServiceStub}.
 */
public class JobServiceStubResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the {@link JobServiceStub} field to fill. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectJobServiceStub {
    }

    /** The internal secret of the test profile (technician-service's application.properties). */
    private static final ServiceCredentials CREDENTIALS =
            new ServiceCredentials("test-only-internal-secret-0123456789abcdef");

    private final JobServiceStub stub = new JobServiceStub();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = FreePorts.pick();
        try {
            vertx.createHttpServer().requestHandler(this::answer).listen(port)
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("job-service stub did not start", e);
        }
        return Map.of("fieldline.job.url", "http://localhost:" + port);
    }

    private void answer(HttpServerRequest request) {
        String[] path = request.path().split("/");
        String authorization = request.getHeader("Authorization");
        long id = Long.parseLong(path[3]);
        long accountId = Long.parseLong(request.getParam("account_id"));
        stub.questions.add(new JobServiceStub.Question(id, accountId, authorization));
        if (stub.down.get()) {
            request.response().setStatusCode(503).end();
        } else if (!CREDENTIALS.isFrom(authorization, ServiceCredentials.TECHNICIAN_SERVICE)) {
            request.response().setStatusCode(401).end();
        } else {
            stub.answer(id, accountId).ifPresentOrElse(
                    organization -> request.response().putHeader("Content-Type", "application/json")
                            .end(organization.encode()),
                    () -> request.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                            .end("{\"error\":{\"code\":\"not_found\",\"message\":\"Organization not found\"}}"));
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stub,
                new TestInjector.AnnotatedAndMatchesType(InjectJobServiceStub.class, JobServiceStub.class));
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
