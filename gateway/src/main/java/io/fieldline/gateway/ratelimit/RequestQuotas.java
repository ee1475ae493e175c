package io.fieldline.gateway.ratelimit;

import io.fieldline.gateway.config.GatewayConfig;
import io.fieldline.gateway.forwarding.ClientAddresses;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.PublicRoute;
import io.fieldline.surfaces.PublicRoutes;
import io.fieldline.surfaces.RateLimit;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which quotas a request counts against. A client's request counts against the client's overall quota
 * ({@code client}) and the route's: the limit its seed sets (the technicians API's 60 and 120 a minute), else
 * {@code route}. A request to a route that takes no token (the OAuth endpoints, which authenticate clients
 * themselves, and signed links) counts against its source address ({@code address}) and, when it claims a client id,
 * against that id ({@code oauth-client}), so guessing a client's secret is slowed before identity-service sees it. Each
 * quota may be changed in configuration by its policy name.
 */
@ApplicationScoped
public class RequestQuotas {

    static final RateLimit CLIENT = RateLimit.perMinute("client", 6000);
    static final RateLimit ROUTE = RateLimit.perMinute("route", 600);
    static final RateLimit OAUTH_CLIENT = RateLimit.perMinute("oauth-client", 300);
    static final RateLimit ADDRESS = RateLimit.perMinute("address", 600);

    private final Map<String, Integer> configured;
    private final ClientAddresses clientAddresses;

    public RequestQuotas(GatewayConfig config, ClientAddresses clientAddresses) {
        this.configured = config.gateway().rateLimit().quotas();
        this.clientAddresses = clientAddresses;
        Set<String> known = new TreeSet<>();
        Stream.of(CLIENT, ROUTE, OAUTH_CLIENT, ADDRESS).map(RateLimit::policy).forEach(known::add);
        PublicRoutes.all().forEach(route -> route.rateLimits().values().forEach(limit -> known.add(limit.policy())));
        configured.forEach((policy, quota) -> {
            if (!known.contains(policy) || quota < 1) {
                throw new IllegalArgumentException("fieldline.gateway.rate-limit.quotas." + policy + "=" + quota
                        + ": the policies are " + known + ", each with a quota of at least 1");
            }
        });
    }

    /** The quotas of a request by the verified client {@code clientId}: the client's overall quota, then the route's. */
    public List<Quota> ofClient(String clientId, PublicRoute route, String method, Set<String> queryParameters) {
        RateLimit routeLimit = route.rateLimitFor(method, queryParameters).orElse(ROUTE);
        return List.of(new Quota(CLIENT.policy() + "|" + clientId, resolved(CLIENT)),
                new Quota(routeLimit.policy() + "|" + clientId + "|" + ("HEAD".equals(method) ? "GET" : method)
                        + "|" + route.path(), resolved(routeLimit)));
    }

    /**
     * What the API document says of the quotas of {@code method} on {@code route}, as configured: for a route that
     * takes a token, the client's overall quota and the route's own (one per query parameter that selects another);
     * for one that takes none, the source address's quota and, on the OAuth endpoints, the claimed client id's.
     */
    public List<DocumentedLimit> documented(PublicRoute route, String method) {
        List<DocumentedLimit> actions = new ArrayList<>();
        if (route.scopeFor(method).isEmpty()) {
            actions.add(new DocumentedLimit(resolved(ADDRESS), Optional.empty()));
            if (route.surface() == ApiSurface.OAUTH) {
                actions.add(new DocumentedLimit(resolved(OAUTH_CLIENT), Optional.empty()));
            }
            return actions;
        }
        actions.add(new DocumentedLimit(resolved(CLIENT), Optional.empty()));
        actions.add(new DocumentedLimit(resolved(route.rateLimitFor(method, Set.of()).orElse(ROUTE)),
                Optional.empty()));
        String prefix = ("HEAD".equals(method) ? "GET" : method) + " ?";
        route.rateLimits().forEach((action, limit) -> {
            if (action.startsWith(prefix)) {
                actions.add(new DocumentedLimit(resolved(limit),
                        Optional.of(action.substring(prefix.length()))));
            }
        });
        return actions;
    }

    /** The quotas of a request that names no verified client: its source address, and the client id it claims. */
    public List<Quota> ofAnonymous(HttpServerRequest request, Buffer body) {
        String address = clientAddresses.clientOf(request);
        Optional<String> claimedClientId = ClaimedClient.of(request, body);
        List<Quota> quotas = new ArrayList<>();
        quotas.add(new Quota(ADDRESS.policy() + "|" + address, resolved(ADDRESS)));
        claimedClientId.ifPresent(clientId ->
                quotas.add(new Quota(OAUTH_CLIENT.policy() + "|" + clientId, resolved(OAUTH_CLIENT))));
        return quotas;
    }

    private RateLimit resolved(RateLimit declared) {
        Integer quota = configured.get(declared.policy());
        return quota == null ? declared : declared.withQuota(quota);
    }
}
