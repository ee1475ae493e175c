package io.fieldline.gateway.edge;

import io.fieldline.gateway.auth.AccessTokenVerifier;
import io.fieldline.gateway.auth.IntegrationKeys;
import io.fieldline.gateway.proxy.UpstreamProxy;
import io.fieldline.gateway.route.Route;
import io.fieldline.gateway.route.RouteTable;
import io.fieldline.gateway.route.Surface;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Where every public request enters: it gets a request id, is matched to its route, has its method and its bearer
 * token or integration key checked against the route's scope, and is forwarded to the service that owns the path.
 */
@ApplicationScoped
public class PublicRoutes {

    private static final String PUBLIC_PATHS = "^/(v3|api|admin|\\.well-known)(/.*)?$";
    private static final String BEARER = "Bearer ";
    private static final String INTEGRATION_KEY = "INTEGRATION-KEY ";
    private static final String X_AUTH_TOKEN = "X-Auth-Token";

    private final RouteTable routes;
    private final AccessTokenVerifier tokens;
    private final IntegrationKeys keys;
    private final UpstreamProxy proxy;
    private final long maxBodySize;

    public PublicRoutes(RouteTable routes, AccessTokenVerifier tokens, IntegrationKeys keys, UpstreamProxy proxy,
                        @ConfigProperty(name = "fieldline.gateway.max-body-size") long maxBodySize) {
        this.routes = routes;
        this.tokens = tokens;
        this.keys = keys;
        this.proxy = proxy;
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        // bodies are forwarded as they came: no multipart parsing, and nothing written to disk
        router.routeWithRegex(PUBLIC_PATHS)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(this::handle)
                .failureHandler(this::failed);
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        Optional<Route> matched = routes.match(path);
        if (matched.isEmpty()) {
            ErrorReplies.reply(context, routes.surfaceOf(path), 404, "not_found", "No such resource: " + path);
            return;
        }
        Route route = matched.get();
        HttpMethod method = context.request().method();
        if (!route.methods().contains(method)) {
            context.response().putHeader("Allow", route.methods().stream().map(HttpMethod::name).sorted()
                    .collect(Collectors.joining(", ")));
            ErrorReplies.reply(context, route.surface(), 405, "method_not_allowed",
                    "Only " + route.methods().stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "))
                            + " is supported on " + route.path());
            return;
        }
        Optional<String> scope = route.scopeFor(method);
        if (scope.isEmpty()) {
            forward(context, route);
            return;
        }
        HttpServerRequest request = context.request();
        Optional<String> key = integrationKey(request);
        if (key.isPresent()) {
            keys.tokenFor(key.get()).onFailure(failure -> ErrorReplies.reply(context, route.surface(), 502,
                    "bad_gateway", "Integration keys cannot be checked right now")).onSuccess(found -> {
                if (found.isEmpty()) {
                    unauthorized(context, route, "Invalid or revoked integration key");
                } else {
                    // the services see the key's client token, as if the client had sent it
                    request.headers().set("Authorization", "Bearer " + found.get().accessToken());
                    authorize(context, route, scope.get(), found.get().verified());
                }
            });
            return;
        }
        Optional<String> bearer = bearerToken(request);
        if (bearer.isEmpty()) {
            unauthorized(context, route, "Missing access token: send Authorization: Bearer <token>, "
                    + "or an integration key as Authorization: INTEGRATION-KEY <key> or X-Auth-Token: <key>");
            return;
        }
        tokens.verify(bearer.get()).onFailure(context::fail).onSuccess(verified -> {
            if (verified.isEmpty()) {
                unauthorized(context, route, "Invalid or expired access token");
            } else {
                authorize(context, route, scope.get(), verified.get());
            }
        });
    }

    private void authorize(RoutingContext context, Route route, String scope, AccessTokenVerifier.VerifiedToken token) {
        if (token.scopes().contains(scope)) {
            forward(context, route);
        } else {
            ErrorReplies.reply(context, route.surface(), 403, "insufficient_scope", "The access token lacks the " + scope + " scope");
        }
    }

    private void forward(RoutingContext context, Route route) {
        HttpServerRequest request = context.request();
        // an integration key never travels past the gateway, whichever credential the request was let in by
        request.headers().remove(X_AUTH_TOKEN);
        String query = request.query();
        String pathAndQuery = context.normalizedPath() + (query == null ? "" : "?" + query);
        Buffer body = context.body().buffer() == null ? Buffer.buffer() : context.body().buffer();
        String requestId = RequestIdOfContext.of(context);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .set(RequestIdOfContext.HEADER, requestId)
                .set("X-Forwarded-For", forwardedFor(request))
                .set("X-Forwarded-Proto", request.scheme())
                .set("X-Forwarded-Host", String.valueOf(request.authority()));
        proxy.forward(route.upstream(), pathAndQuery, request, body, headers).onComplete(result -> {
            if (result.succeeded()) {
                UpstreamProxy.Answer answer = result.result();
                context.response().setStatusCode(answer.status());
                context.response().headers().setAll(answer.headers()).set(RequestIdOfContext.HEADER, requestId);
                context.response().end(answer.body());
            } else if (result.cause() instanceof TimeoutException
                    || result.cause() instanceof io.netty.handler.timeout.TimeoutException) {
                ErrorReplies.reply(context, route.surface(), 504, "gateway_timeout", "The service did not answer in time");
            } else {
                ErrorReplies.reply(context, route.surface(), 502, "bad_gateway", "The service is unavailable");
            }
        });
    }

    private void failed(RoutingContext context) {
        Surface surface = routes.surfaceOf(context.normalizedPath());
        if (context.statusCode() == 413) {
            ErrorReplies.reply(context, surface, 413, "payload_too_large",
                    "Request body exceeds " + maxBodySize + " bytes");
        } else {
            ErrorReplies.reply(context, surface, 500, "internal_error",
                    "Internal error; quote request id " + RequestIdOfContext.of(context));
        }
    }

    private static void unauthorized(RoutingContext context, Route route, String message) {
        context.response().putHeader("WWW-Authenticate", "Bearer realm=\"fieldline\", error=\"invalid_token\"");
        ErrorReplies.reply(context, route.surface(), 401, "unauthorized", message);
    }

    private static Optional<String> bearerToken(HttpServerRequest request) {
        return credential(request.getHeader("Authorization"), BEARER);
    }

    /**
     * The seeds' two ways to send an integration key: an Authorization scheme of its own, and X-Auth-Token, which
     * counts only when no Authorization header is sent.
     */
    private static Optional<String> integrationKey(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return credential(authorization, INTEGRATION_KEY);
        }
        String header = request.getHeader(X_AUTH_TOKEN);
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.trim());
    }

    private static Optional<String> credential(String authorization, String scheme) {
        if (authorization == null || !authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return Optional.empty();
        }
        String value = authorization.substring(scheme.length()).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String forwardedFor(HttpServerRequest request) {
        String previous = request.getHeader("X-Forwarded-For");
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return previous == null ? client : previous + ", " + client;
    }
}
