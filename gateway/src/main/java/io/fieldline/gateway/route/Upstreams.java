package io.fieldline.gateway.route;

import io.fieldline.gateway.config.GatewayConfig;
import io.fieldline.surfaces.Service;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** Where each service listens: its API port, and its management interface (readiness, API document). */
@ApplicationScoped
public class Upstreams {

    private final Map<Service, URI> urls = new EnumMap<>(Service.class);
    private final Map<Service, URI> managementUrls = new EnumMap<>(Service.class);

    public Upstreams(GatewayConfig config) {
        Map.of(Service.IDENTITY, config.identity(), Service.TECHNICIAN, config.technician(), Service.JOB, config.job())
                .forEach((service, settings) -> {
                    urls.put(service, settings.url());
                    managementUrls.put(service, settings.managementUrl());
                });
    }

    /** Request options addressing {@code pathAndQuery} on the upstream's API port. */
    public RequestOptions address(Service upstream, String pathAndQuery) {
        return address(urls.get(upstream), pathAndQuery);
    }

    /** Request options addressing {@code pathAndQuery} on the upstream's management interface. */
    public RequestOptions managementAddress(Service upstream, String pathAndQuery) {
        return address(managementUrls.get(upstream), pathAndQuery);
    }

    public Map<Service, URI> all() {
        return urls;
    }

    private static RequestOptions address(URI base, String pathAndQuery) {
        return new RequestOptions().setHost(base.getHost()).setPort(base.getPort()).setSsl("https".equals(base.getScheme()))
                .setURI(pathAndQuery);
    }
}
