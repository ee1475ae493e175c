package io.fieldline.gateway.metrics;

import io.fieldline.surfaces.PublicRoute;
import io.fieldline.surfaces.PublicRoutes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;

/**
 * Times every public request by the route of the table it matched ({@code /v3/jobs/{id}}, never the raw path, so the
 * number of series stays bounded), its method and its status: {@code fieldline_gateway_requests_seconds} with a
 * latency histogram, from which request counts, 429s and 5xx per route follow. A path no route knows is tagged
 * {@code route="none"}.
 */
@ApplicationScoped
public class RouteMetrics {

    private static final String UNMATCHED = "none";

    private final MeterRegistry registry;

    public RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Starts timing the request and records it when its answer has been written; then passes it on. */
    public void observe(RoutingContext context) {
        long started = System.nanoTime();
        String route = PublicRoutes.match(context.normalizedPath()).map(matched -> matched.path().toString()).orElse(UNMATCHED);
        String method = context.request().method().name();
        context.addEndHandler(ended -> Timer.builder("fieldline.gateway.requests")
                .description("Public requests by route, method and status, as the gateway answered them")
                .tag("route", route)
                .tag("method", method)
                .tag("status", String.valueOf(context.response().getStatusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
        context.next();
    }
}
