package io.fieldline.gateway.route;

import io.fieldline.surfaces.Service;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** Where each service listens. */
@ApplicationScoped
public class Upstreams {

    private final Map<Service, URI> urls = new EnumMap<>(Service.class);

    public Upstreams(@ConfigProperty(name = "fieldline.identity.url") URI identity,
                     @ConfigProperty(name = "fieldline.technician.url") URI technician,
                     @ConfigProperty(name = "fieldline.job.url") URI job) {
        urls.put(Service.IDENTITY, identity);
        urls.put(Service.TECHNICIAN, technician);
        urls.put(Service.JOB, job);
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
