package io.fieldline.platform.request;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.list.ParameterErrors;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Refuses, before any resource sees it, a query parameter given more than once ({@code ?id=1&id=2}) and a second
 * {@code Authorization} header (a singleton field, RFC 9110 §11.6.2): which value counts would be a guess, so the
 * request is a 400 naming each. It runs after {@link RequestIdFilters}, so the answer carries the request's id.
 */
public class RepeatedParameterFilter {

    private static final String REPEATED = "is given more than once";

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 10)
    public void refuseRepeated(ContainerRequestContext request) {
        List<String> authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.size() > 1) {
            throw new ApiException(400, "bad_request", "The Authorization header " + REPEATED,
                    Map.of(HttpHeaders.AUTHORIZATION, List.of(REPEATED)));
        }
        ParameterErrors errors = new ParameterErrors();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > 1) {
                errors.add(parameter.getKey(), REPEATED);
            }
        }
        errors.throwIfAny();
    }
}
