package io.fieldline.gateway.edge;

import io.fieldline.gateway.auth.AccessTokenVerifier;
import io.fieldline.gateway.auth.IntegrationKeys;
import io.fieldline.gateway.forwarding.ClientAddresses;
import io.fieldline.gateway.metrics.RouteMetrics;
import io.fieldline.gateway.proxy.LimitedBody;
import io.fieldline.gateway.proxy.UpstreamFailure;
import io.fieldline.gateway.proxy.UpstreamGuards;
import io.fieldline.gateway.proxy.UpstreamProxy;
import io.fieldline.gateway.ratelimit.Quota;
import io.fieldline.gateway.ratelimit.RateLimiter;
import io.fieldline.gateway.ratelimit.RateVerdict;
import io.fieldline.gateway.ratelimit.RequestQuotas;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.CredentialScheme;
import io.fieldline.surfaces.PublicRoute;
import io.fieldline.surfaces.PublicRoutes;
import io.netty.handler.codec.DecoderException;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.fieldline.gateway.config.GatewayConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where every public request enters: it gets a request id, is matched to its resource in the shared route table
 * ({@link PublicRoutes}), has its method and its bearer token or integration key checked against the resource's scope,
 * is counted against its client's quotas ({@link RequestQuotas}), and is forwarded to the service that owns the
 * resource. Whatever it refuses, it answers in the error shape of the resource's API surface ({@link ApiSurface}).
 */
@ApplicationScoped
public class PublicRequests {
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String MULTIPART = "multipart/";
    private static final String HIDDEN_CONTENT_TYPE = PublicRequests.class.getName() + ".multipartContentType";
    private static final String STREAMED_BODY_LIMIT = PublicRequests.class.getName() + ".streamedBodyLimit";

    private final AccessTokenVerifier tokens;
    private final IntegrationKeys keys;
    private final UpstreamProxy proxy;
    private final UpstreamGuards guards;
    private final ClientAddresses clientAddresses;
    private final RequestQuotas quotas;
    private final RateLimiter limiter;
    private final RouteMetrics metrics;
    private final long maxBodySize;
    /** One body handler per limit in use: the gateway's default and each route's own. */
    private final Map<Long, BodyHandler> bodyHandlers = new ConcurrentHashMap<>();

    public PublicRequests(AccessTokenVerifier tokens, IntegrationKeys keys, UpstreamProxy proxy, UpstreamGuards guards,
                          ClientAddresses clientAddresses, RequestQuotas quotas, RateLimiter limiter,
                          RouteMetrics metrics, GatewayConfig config) {
        this.tokens = tokens;
        this.keys = keys;
        this.proxy = proxy;
        this.guards = guards;
        this.clientAddresses = clientAddresses;
        this.quotas = quotas;
        this.limiter = limiter;
        this.metrics = metrics;
        this.maxBodySize = config.gateway().maxBodySize();
    }

    void register(@Observes Router router) {
        router.routeWithRegex(ApiSurface.publicPathRegex())
                .handler(metrics::observe)
                .handler(this::readBody)
                .handler(this::handle)
                .failureHandler(this::failed);
    }

    /**
     * Reads the body up to the limit of the resource it is for; a larger one is refused as soon as its
     * {@code Content-Length}, or its bytes so far, exceed it. Bodies are forwarded as they came: no multipart parsing,
     * and nothing written to disk.
     */
    private void readBody(RoutingContext context) {
        long limit = bodyLimitOf(context);
        if (streamsBody(context)) {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && (!length.matches("[0-9]{1,18}") || Long.parseLong(length) > limit)) {
                ErrorReplies.reply(context, surfaceOf(context), 413, "payload_too_large",
                        "Request body exceeds " + limit + " bytes");
                return;
            }
            // held until the request is let through, then streamed on as it arrives (PublicRequests#forward)
            context.request().pause();
            // answered before the whole body was read (refused, or the service answered early): the rest is read and
            // dropped, so the connection can carry the next request; past the limit, the connection is closed instead
            context.addEndHandler(ended -> {
                if (!context.request().isEnded()) {
                    if (context.get(LimitedBody.TooLarge.class.getName()) != null) {
                        context.request().connection().close();
                    } else {
                        context.request().handler(null).resume();
                    }
                }
            });
            context.put(STREAMED_BODY_LIMIT, limit);
            context.next();
            return;
        }
        String contentType = context.request().getHeader(CONTENT_TYPE);
        if (contentType != null && contentType.regionMatches(true, 0, MULTIPART, 0, MULTIPART.length())) {
            // Vert.x's body handler decodes a multipart body instead of keeping its bytes: hide the type from it, so
            // it keeps them (within the limit) as it does any other body, and give it back before forwarding
            context.request().headers().remove(CONTENT_TYPE);
            context.put(HIDDEN_CONTENT_TYPE, contentType);
        }
        bodyHandlers.computeIfAbsent(limit, bytes -> BodyHandler.create(false).setBodyLimit(bytes)).handle(context);
    }

    /**
     * Whether the body is streamed to the service instead of read first: a body that may carry content, on a route
     * with a body limit of its own (datafile uploads, up to 26 MiB), whose bytes the gateway needs for nothing.
     */
    private static boolean streamsBody(RoutingContext context) {
        HttpMethod method = context.request().method();
        return (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH)
                && PublicRoutes.match(context.normalizedPath()).map(PublicRoute::bodyLimit)
                .map(OptionalLong::isPresent).orElse(false);
    }

    private long bodyLimitOf(RoutingContext context) {
        return PublicRoutes.match(context.normalizedPath()).map(PublicRoute::bodyLimit)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).orElse(maxBodySize);
    }

    private void handle(RoutingContext context) {
        String hiddenContentType = context.get(HIDDEN_CONTENT_TYPE);
        if (hiddenContentType != null) {
            context.request().headers().set(CONTENT_TYPE, hiddenContentType);
        }
        String path = context.normalizedPath();
        Optional<PublicRoute> matched = PublicRoutes.match(path);
        if (matched.isEmpty()) {
            ErrorReplies.reply(context, surfaceOf(context), 404, "not_found", "No such resource: " + path);
            return;
        }
        PublicRoute route = matched.get();
        String method = context.request().method().name();
        if (!route.methods().contains(method)) {
            // RFC 9110 §15.5.6: a 405 lists the methods of the resource itself
            context.response().putHeader("Allow", route.allow());
            ErrorReplies.reply(context, route.surface(), 405, "method_not_allowed",
                    "Only " + route.allow() + " is supported on " + route.path());
            return;
        }
        Optional<String> scope = route.scopeFor(method);
        HttpServerRequest request = context.request();
        if (scope.isEmpty()) {
            limited(context, route, quotas.ofAnonymous(request, context.body().buffer()), () -> forward(context, route));
            return;
        }
        Optional<String> ambiguous = RequestCredentials.ambiguity(request);
        if (ambiguous.isPresent()) {
            ErrorReplies.reply(context, route.surface(), 400, "bad_request", ambiguous.get());
            return;
        }
        Optional<String> key = RequestCredentials.integrationKey(request, route.surface());
        if (key.isPresent()) {
            keys.tokenFor(key.get()).onFailure(failure -> ErrorReplies.reply(context, route.surface(), 502,
                    "bad_gateway", "Integration keys cannot be checked right now")).onSuccess(found -> {
                if (found.isEmpty()) {
                    unauthorized(context, route, "Invalid integration key");
                } else {
                    // the services see the key's client token, as if the client had sent it
                    request.headers().set("Authorization", "Bearer " + found.get().accessToken());
                    authorize(context, route, scope.get(), found.get().verified());
                }
            });
            return;
        }
        Optional<String> bearer = route.surface().credentials().contains(CredentialScheme.BEARER)
                ? RequestCredentials.bearerToken(request) : Optional.empty();
        if (bearer.isEmpty()) {
            ErrorReplies.missingCredential(context, route.surface(), "Missing access token: send Authorization: "
                    + "Bearer <token>, or an integration key as Authorization: INTEGRATION-KEY <key> or X-Auth-Token: <key>");
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

    /** Every request of a verified client counts against its quotas, whether or not its token has the scope. */
    private void authorize(RoutingContext context, PublicRoute route, String scope, AccessTokenVerifier.VerifiedToken token) {
        String clientId = token.clientId() == null ? "account-" + token.accountId() : token.clientId();
        List<Quota> counted = quotas.ofClient(clientId, route, context.request().method().name(),
                QueryParameters.namesOf(context.request().query()));
        limited(context, route, counted, () -> {
            if (token.scopes().contains(scope)) {
                forward(context, route);
            } else {
                ErrorReplies.reply(context, route.surface(), 403, ApiSurface.INSUFFICIENT_SCOPE,
                        "The access token lacks the " + scope + " scope");
            }
        });
    }

    /**
     * Runs {@code next} when every quota has room, else answers 429 with {@code Retry-After}; either answer carries the
     * {@code RateLimit-Policy} and {@code RateLimit} headers (draft-ietf-httpapi-ratelimit-headers-10).
     */
    private void limited(RoutingContext context, PublicRoute route, List<Quota> counted, Runnable next) {
        limiter.check(counted).onFailure(context::fail).onSuccess(verdict -> {
            context.put(RateVerdict.class.getName(), verdict);
            verdict.headers().forEach(context.response()::putHeader);
            if (verdict.allowed()) {
                next.run();
            } else {
                context.response().putHeader("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
                ErrorReplies.reply(context, route.surface(), 429, "rate_limit_exceeded", "Too many requests");
            }
        });
    }

    private void forward(RoutingContext context, PublicRoute route) {
        HttpServerRequest request = context.request();
        // an integration key never travels past the gateway, whichever credential the request was let in by
        request.headers().remove(RequestCredentials.X_AUTH_TOKEN);
        String query = request.query();
        String pathAndQuery = context.normalizedPath() + (query == null ? "" : "?" + query);
        String requestId = RequestIdOfContext.of(context);
        MultiMap headers = clientAddresses.forwardedHeaders(request).set(RequestIdOfContext.HEADER, requestId);
        ClientAddresses.spoofable().forEach(request.headers()::remove);
        Long streamedLimit = context.get(STREAMED_BODY_LIMIT);
        LimitedBody streamed = streamedLimit == null ? null : new LimitedBody(request, streamedLimit);
        Future<HttpClientResponse> answered = streamed != null
                ? proxy.forwardStreaming(route.service(), pathAndQuery, request, streamed, headers)
                : proxy.forward(route.service(), pathAndQuery, request,
                        context.body().buffer() == null ? Buffer.buffer() : context.body().buffer(), headers);
        answered.onComplete(result -> {
            if (result.succeeded()) {
                MultiMap extra = MultiMap.caseInsensitiveMultiMap().set(RequestIdOfContext.HEADER, requestId);
                RateVerdict verdict = context.get(RateVerdict.class.getName());
                if (verdict != null) {
                    verdict.headers().forEach(extra::set);
                }
                proxy.relay(result.result(), context.response(), extra).onFailure(failure ->
                        // the answer has begun: all that is left is to end the connection, so the client sees it cut
                        context.request().connection().close());
            } else if (streamed != null && streamed.exceeded()) {
                context.put(LimitedBody.TooLarge.class.getName(), Boolean.TRUE);
                ErrorReplies.reply(context, route.surface(), 413, "payload_too_large",
                        "Request body exceeds " + streamed.limit() + " bytes");
            } else {
                UpstreamFailure failure = guards.failure(result.cause());
                if (failure.retryAfterSeconds() > 0) {
                    context.response().putHeader("Retry-After", String.valueOf(failure.retryAfterSeconds()));
                }
                ErrorReplies.reply(context, route.surface(), failure.status(), failure.code(), failure.message());
            }
        });
    }

    /**
     * A request the body handler refused before any route saw it: too large (413), or a form body that does not
     * decode, such as a bad percent escape (400, RFC 6749 §5.2 "otherwise malformed" on the OAuth endpoints).
     */
    private void failed(RoutingContext context) {
        ApiSurface surface = surfaceOf(context);
        if (context.statusCode() == 413) {
            ErrorReplies.reply(context, surface, 413, "payload_too_large",
                    "Request body exceeds " + bodyLimitOf(context) + " bytes");
        } else if (context.statusCode() == 400 || context.failure() instanceof IllegalArgumentException
                || context.failure() instanceof DecoderException) {
            ErrorReplies.reply(context, surface, 400, "bad_request", "Request body is not a valid form");
        } else {
            String requestId = RequestIdOfContext.of(context);
            Log.errorf(context.failure(), "Unexpected failure serving request %s", requestId);
            ErrorReplies.reply(context, surface, 500, "internal_error", "Internal error; quote request id " + requestId);
        }
    }

    /** A missing or bad credential: 401 with a challenge, or the status the surface's seed gives (the {@code /tech} seed: 403). */
    private static void unauthorized(RoutingContext context, PublicRoute route, String message) {
        int status = route.surface().badCredentialStatus();
        ErrorReplies.reply(context, route.surface(), status, status == 401 ? "unauthorized" : "forbidden", message);
    }

    /** The registered route's regex lets in only paths of a surface. */
    private static ApiSurface surfaceOf(RoutingContext context) {
        return ApiSurface.of(context.normalizedPath()).orElse(ApiSurface.DISPATCH_V3);
    }
}
