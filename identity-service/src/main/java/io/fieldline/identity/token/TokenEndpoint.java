package io.fieldline.identity.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.fieldline.surfaces.RequestIds;
import io.fieldline.identity.audit.Origin;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.validation.RequestBodyProblems;
import io.fieldline.platform.validation.StrictRequestJson;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Problem;
import io.netty.handler.codec.DecoderException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v3/oauth/token}: the OAuth 2.0 token endpoint, taking JSON as the API document shows or a form as RFC
 * 6749 does. It is the busiest endpoint by far, so it is a plain Vert.x route rather than a REST resource: the
 * per-request work of the REST layer was a fifth of identity-service's CPU under load. It answers as the REST layer
 * would, errors included ({@code META-INF/openapi.yaml} documents it).
 */
@ApplicationScoped
public class TokenEndpoint {

    static final String PATH = "/v3/oauth/token";
    private static final int BODY_LIMIT = 16 * 1024;
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final TokenService tokens;
    private final ObjectMapper json;
    private final ObjectReader reader;

    public TokenEndpoint(TokenService tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
        this.reader = StrictRequestJson.strictShapes(json).readerFor(TokenRequest.class);
    }

    void route(@Observes Router router) {
        router.post(PATH).handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT)).handler(this::issue)
                .failureHandler(this::bodyRefused);
        router.route(PATH).handler(context -> {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            fail(context, requestId(context.request()), new ApiException(405, "method_not_allowed",
                    context.request().method() + " is not supported here"));
        });
    }

    /**
     * A body refused before it was read still gets an OAuth error body, with its no-store headers: too large (413), or
     * a form that does not decode, such as a bad percent escape (400, RFC 6749 §5.2 "otherwise malformed").
     */
    private void bodyRefused(RoutingContext context) {
        String requestId = requestId(context.request());
        Throwable failure = context.failure();
        if (context.statusCode() == 413) {
            fail(context, requestId, new ApiException(413, "invalid_request", "Request body exceeds " + BODY_LIMIT + " bytes"));
        } else if (context.statusCode() == 400 || failure instanceof IllegalArgumentException
                || failure instanceof DecoderException) {
            fail(context, requestId, OAuthErrors.invalidRequest("Request body is not a valid form"));
        } else {
            fail(context, requestId, failure == null ? new IllegalStateException("status " + context.statusCode()) : failure);
        }
    }

    private void issue(RoutingContext context) {
        HttpServerRequest http = context.request();
        String requestId = requestId(http);
        if (http.headers().getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
            // RFC 6749 §5.2: more than one way of authenticating the client is invalid_request
            fail(context, requestId, OAuthErrors.invalidRequest("The Authorization header is given more than once"));
            return;
        }
        TokenRequest request;
        try {
            request = read(context);
        } catch (ApiException unreadable) {
            fail(context, requestId, unreadable);
            return;
        }
        tokens.issue(request, http.getHeader(HttpHeaders.AUTHORIZATION), Origin.of(http, requestId)).subscribe().with(
                response -> answer(context, requestId, 200, response, ApiSurface.noStore()),
                failure -> fail(context, requestId, failure));
    }

    private TokenRequest read(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String mediaType = contentType == null ? JSON
                : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.equals(FORM)) {
            return TokenRequest.fromForm(context.request().formAttributes()).checked();
        }
        if (!mediaType.equals(JSON)) {
            throw new ApiException(415, "unsupported_media_type",
                    "Content-Type must be " + JSON + " or " + FORM);
        }
        Buffer body = context.body().buffer();
        if (body == null || body.length() == 0) {
            return TokenRequest.empty();
        }
        try {
            TokenRequest request = reader.readValue(body.getBytes());
            return request == null ? TokenRequest.empty() : request.checked();
        } catch (JsonProcessingException unreadable) {
            throw RequestBodyProblems.of(unreadable);
        } catch (IOException unreadable) {
            throw ApiException.badRequest("Request body is not valid JSON");
        }
    }

    private void fail(RoutingContext context, String requestId, Throwable failure) {
        ApiException refusal = failure instanceof ApiException known ? known
                : ApiException.unexpected(failure, requestId);
        Problem problem = refusal.problem(requestId);
        answer(context, requestId, ApiSurface.OAUTH.status(problem), ApiSurface.OAUTH.errorBody(problem),
                ApiSurface.OAUTH.errorHeaders(problem));
    }

    private void answer(RoutingContext context, String requestId, int status, Object body, Map<String, String> headers) {
        HttpServerResponse response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(RequestIds.HEADER, requestId);
        headers.forEach(response::putHeader);
        try {
            response.end(Buffer.buffer(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("token endpoint answers are serializable", e);
        }
    }

    private static String requestId(HttpServerRequest request) {
        return RequestIds.keepOrAssign(request.getHeader(RequestIds.HEADER));
    }
}
