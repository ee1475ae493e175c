package io.fieldline.job.datafile.rest;

import io.fieldline.job.config.DatafilesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where clients reach job-service from outside, for the links it hands out: the configured public URL, else the
 * scheme and host the gateway saw ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}), else the address the request
 * came to. Forwarded values that are not a plain scheme and host are ignored.
 */
@ApplicationScoped
public class PublicBaseUrl {

    private static final Pattern SCHEME = Pattern.compile("https?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    private final DatafilesConfig config;

    public PublicBaseUrl(DatafilesConfig config) {
        this.config = config;
    }

    /** The scheme and authority links start with, such as {@code https://api.example.com}. */
    public URI of(HttpHeaders headers, UriInfo request) {
        if (config.publicUrl().isPresent()) {
            return config.publicUrl().get();
        }
        String scheme = headers.getHeaderString("X-Forwarded-Proto");
        String host = headers.getHeaderString("X-Forwarded-Host");
        if (scheme != null && host != null && SCHEME.matcher(scheme).matches() && HOST.matcher(host).matches()) {
            return URI.create(scheme + "://" + host);
        }
        return request.getBaseUri();
    }
}
