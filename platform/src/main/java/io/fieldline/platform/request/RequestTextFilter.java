package io.fieldline.platform.request;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.validation.StrictUtf8;
import io.fieldline.platform.validation.TextRule;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before any resource sees it, a path or query whose decoded text cannot be stored as sent ({@link TextRule}),
 * or whose percent-escapes are not UTF-8 ({@link StrictUtf8}): a query parameter is a 400 naming it (the query, when
 * the escapes cannot be decoded); a path is a 404, since no resource has such a name.
 */
public class RequestTextFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnstorableText(ContainerRequestContext request) {
        URI sent = request.getUriInfo().getRequestUri();
        if (!StrictUtf8.percentDecodesToValidText(sent.getRawPath())
                || TextRule.problemWith(request.getUriInfo().getPath()).isPresent()) {
            throw ApiException.notFound("Resource");
        }
        if (!StrictUtf8.percentDecodesToValidText(sent.getRawQuery())) {
            throw new ApiException(400, "bad_request", "The query holds percent-escapes that are not UTF-8 text",
                    Map.of("query", List.of("must be percent-encoded UTF-8 text")));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            Optional<String> problem = TextRule.problemWith(parameter.getKey())
                    .or(() -> parameter.getValue().stream().map(TextRule::problemWith).flatMap(Optional::stream).findFirst());
            if (problem.isPresent()) {
                String name = TextRule.problemWith(parameter.getKey()).isPresent() ? "query" : parameter.getKey();
                throw new ApiException(400, "bad_request", "Query parameter " + name + " " + problem.get(),
                        Map.of(name, List.of(problem.get())));
            }
        }
    }
}
