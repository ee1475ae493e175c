package io.fieldline.gateway.openapi;

import io.fieldline.gateway.config.GatewayConfig;
import io.fieldline.gateway.proxy.UpstreamProxy;
import io.fieldline.gateway.ratelimit.RequestQuotas;
import io.fieldline.surfaces.Service;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves {@link PublicApiDocument} at {@code /q/openapi} on the public port, when
 * {@code fieldline.gateway.api-document} is on (the default): read from each service's management interface at the
 * first request, then kept, as a service's document changes only with its release. While a service cannot answer, 502
 * in the {@code /v3} error shape, and the next request tries again.
 */
@ApplicationScoped
public class PublicApiDocumentRoute {

    static final String PATH = "/q/openapi";

    private final UpstreamProxy proxy;
    private final RequestQuotas quotas;
    private final boolean enabled;
    private final AtomicReference<String> merged = new AtomicReference<>();

    public PublicApiDocumentRoute(UpstreamProxy proxy, RequestQuotas quotas, GatewayConfig config) {
        this.proxy = proxy;
        this.quotas = quotas;
        this.enabled = config.gateway().apiDocument();
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        // ahead of the framework's own /q routes, which would answer this path with a 404
        router.get(PATH).order(Integer.MIN_VALUE + 2).handler(context -> document().onComplete(result -> {
            if (result.succeeded()) {
                context.response().putHeader("Content-Type", "application/json").end(result.result());
            } else {
                context.response().setStatusCode(502).putHeader("Content-Type", "application/json")
                        .end("{\"error\":{\"code\":\"bad_gateway\",\"message\":\"A service's API document is "
                                + "unavailable; try again\"}}");
            }
        }));
    }

    private Future<String> document() {
        String known = merged.get();
        if (known != null) {
            return Future.succeededFuture(known);
        }
        Map<Service, Future<JsonObject>> fetched = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            fetched.put(service, proxy.getManagement(service, "/q/openapi?format=json").map(answer -> {
                if (answer.status() != 200) {
                    throw new IllegalStateException(service + " answered " + answer.status());
                }
                return answer.body().toJsonObject();
            }));
        }
        return Future.all(List.copyOf(fetched.values())).map(all -> {
            Map<Service, JsonObject> documents = new EnumMap<>(Service.class);
            fetched.forEach((service, document) -> documents.put(service, document.result()));
            String document = PublicApiDocument.merge(documents, quotas::documented).encode();
            merged.compareAndSet(null, document);
            return document;
        });
    }
}
