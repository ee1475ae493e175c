package io.fieldline.gateway.edge;

import io.fieldline.gateway.proxy.UpstreamProxy;
import io.fieldline.surfaces.Service;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/** Serves each service's OpenAPI document at {@code /openapi/<service>}, for the gateway's Swagger UI. */
@ApplicationScoped
public class ServiceDocuments {

    private final UpstreamProxy proxy;

    public ServiceDocuments(UpstreamProxy proxy) {
        this.proxy = proxy;
    }

    void register(@Observes Router router) {
        for (Service upstream : Service.values()) {
            String path = "/openapi/" + upstream.name().toLowerCase(Locale.ROOT) + "-service";
            router.get(path).handler(context -> proxy.getManagement(upstream, "/q/openapi?format=json").onComplete(result -> {
                if (result.succeeded() && result.result().status() == 200) {
                    context.response().putHeader("Content-Type", "application/json").end(result.result().body());
                } else {
                    context.response().setStatusCode(502).putHeader("Content-Type", "application/json")
                            .end("{\"error\":{\"code\":\"bad_gateway\",\"message\":\"The service is unavailable\"}}");
                }
            }));
        }
    }
}
