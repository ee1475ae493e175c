package io.fieldline.gateway.health;

import io.fieldline.gateway.proxy.UpstreamProxy;
import io.fieldline.surfaces.Service;
import io.fieldline.gateway.route.Upstreams;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.Locale;

/**
 * Reports whether each service behind the gateway is ready ({@code "job-service": "not ready"}) without making the
 * gateway itself not ready: with one service down the gateway still answers every route, that service's with a fast
 * 503, and a readiness that followed the services would take every gateway replica out of the load balancer at once.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private final UpstreamProxy proxy;
    private final Upstreams upstreams;

    public UpstreamsReadiness(UpstreamProxy proxy, Upstreams upstreams) {
        this.proxy = proxy;
        this.upstreams = upstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Boolean>> checks = upstreams.all().keySet().stream().map(this::ready).toList();
        return Uni.join().all(checks).andCollectFailures().map(results -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
            int i = 0;
            for (Service upstream : upstreams.all().keySet()) {
                boolean ready = results.get(i++);
                response.withData(upstream.name().toLowerCase(Locale.ROOT) + "-service", ready ? "ready" : "not ready");
            }
            return response.build();
        });
    }

    private Uni<Boolean> ready(Service upstream) {
        return Uni.createFrom().completionStage(() -> proxy.getManagement(upstream, "/q/health/ready").toCompletionStage())
                .map(answer -> answer.status() == 200)
                .onFailure().recoverWithItem(false);
    }
}
