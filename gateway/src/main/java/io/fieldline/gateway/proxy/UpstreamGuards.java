package io.fieldline.gateway.proxy;

import io.fieldline.gateway.config.GatewayConfig;
import io.fieldline.surfaces.Service;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * One SmallRye Fault Tolerance guard per service: a circuit breaker that opens when half the recent requests found the
 * service down or too slow, answers at once while open, and lets trials through after a delay, closing again on
 * success; and one retry, after 50 ms, of an idempotent request that reached no service, while the retry budget lasts.
 */
@ApplicationScoped
public class UpstreamGuards {

    private final Map<Service, TypedGuard<CompletionStage<HttpClientResponse>>> guards = new EnumMap<>(Service.class);
    private final RetryBudget budget = new RetryBudget();
    private final long breakerDelaySeconds;

    public UpstreamGuards(GatewayConfig config) {
        GatewayConfig.Breaker breaker = config.gateway().breaker();
        this.breakerDelaySeconds = Math.max(1, breaker.delay().toSeconds());
        for (Service service : Service.values()) {
            guards.put(service, TypedGuard.create(new TypeLiteral<CompletionStage<HttpClientResponse>>() {
                    })
                    .withDescription("upstream " + service)
                    .withRetry().maxRetries(1).delay(50, ChronoUnit.MILLIS)
                    .whenException(failure -> failure instanceof UpstreamFailure.RetryableFailure && budget.spend())
                    .done()
                    .withCircuitBreaker().requestVolumeThreshold(breaker.requestVolume())
                    .failureRatio(breaker.failureRatio()).delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1).when(UpstreamFailure::isOutage)
                    .onStateChange(state -> Log.infof("Circuit breaker of %s is %s", service, state))
                    .done()
                    .withThreadOffload(false)
                    .build());
        }
    }

    /** Calls {@code request} under the service's guard; every call earns the retry budget a little. */
    CompletionStage<HttpClientResponse> call(Service service, Supplier<CompletionStage<HttpClientResponse>> request) {
        budget.earn();
        return guards.get(service).get(request);
    }

    /** What a failed call is answered with. */
    public UpstreamFailure failure(Throwable cause) {
        return UpstreamFailure.of(cause, breakerDelaySeconds);
    }
}
