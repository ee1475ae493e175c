package io.fieldline.gateway.route;

import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** Where each service listens. */
@ApplicationScoped
public class Upstreams {

    private final Map<Upstream, URI> urls = new EnumMap<>(Upstream.class);

    public Upstreams(@ConfigProperty(name = "fieldline.identity.url") URI identity,
                     @ConfigProperty(name = "fieldline.technician.url") URI technician,
                     @ConfigProperty(name = "fieldline.job.url") URI job) {
        urls.put(Upstream.IDENTITY, identity);
        urls.put(Upstream.TECHNICIAN, technician);
        urls.put(Upstream.JOB, job);
    }

    /** Request options addressing {@code pathAndQuery} on the upstream. */
    public RequestOptions address(Upstream upstream, String pathAndQuery) {
        URI base = urls.get(upstream);
        return new RequestOptions().setHost(base.getHost()).setPort(base.getPort()).setSsl("https".equals(base.getScheme()))
                .setURI(pathAndQuery);
    }

    public Map<Upstream, URI> all() {
        return urls;
    }
}
