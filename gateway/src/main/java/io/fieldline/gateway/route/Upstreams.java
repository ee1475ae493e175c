package io.fieldline.gateway.route;

import io.fieldline.surfaces.Service;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import io.fieldline.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** Where each service listens. */
@ApplicationScoped
public class Upstreams {

    private final Map<Service, URI> urls = new EnumMap<>(Service.class);

    public Upstreams(GatewayConfig config) {
        urls.put(Service.IDENTITY, config.identity().url());
        urls.put(Service.TECHNICIAN, config.technician().url());
        urls.put(Service.JOB, config.job().url());
    }

    /** Request options addressing {@code pathAndQuery} on the upstream. */
    public RequestOptions address(Service upstream, String pathAndQuery) {
        URI base = urls.get(upstream);
        return new RequestOptions().setHost(base.getHost()).setPort(base.getPort()).setSsl("https".equals(base.getScheme()))
                .setURI(pathAndQuery);
    }

    public Map<Service, URI> all() {
        return urls;
    }
}
