package io.fieldline.gateway;

import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Problem;
import io.fieldline.surfaces.PublicRoute;
import io.fieldline.surfaces.PublicRoutes;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every route of the shared route table, driven through the gateway: a missing credential, a credential lacking the
 * route's scope, a method the resource does not take, a path below it that names nothing and a request over the
 * client's (or, without a token, the address's) quota are each refused with the status and the error body of the
 * route's API surface (ARCHITECTURE.md, "API conventions per surface"). A route added
 * to the table is checked here without anyone adding a test.
 */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
@WithTestResource(EmbeddedRedisResource.class)
class SurfaceContractTest {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @InjectTestTokens
    TestTokens tokens;

    @TestFactory
    Stream<DynamicTest> shouldRefuseAMissingCredentialWithTheSurfacesStatusAndBody() {
        return scopedMethods().map(call -> DynamicTest.dynamicTest(call.method() + " " + call.path(), () ->
                refusal(given().request(call.method(), call.path()).then(), call.route().surface(),
                        call.route().surface().badCredentialStatus(),
                        call.route().surface().badCredentialStatus() == 401 ? "unauthorized" : "forbidden")));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseACredentialWithoutTheRoutesScopeWith403() {
        return scopedMethods().map(call -> DynamicTest.dynamicTest(call.method() + " " + call.path(), () ->
                refusal(given().auth().oauth2(tokens.client(1, "none:read")).request(call.method(), call.path()).then(),
                        call.route().surface(), 403, "insufficient_scope")));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseAMethodTheResourceDoesNotTakeListingItsOwn() {
        return PublicRoutes.all().stream().flatMap(route -> METHODS.stream()
                .filter(method -> !route.methods().contains(method))
                .map(method -> DynamicTest.dynamicTest(method + " " + route.path(), () -> {
                    ValidatableResponse response = given().request(method, concrete(route)).then();
                    refusal(response, route.surface(), 405, "method_not_allowed");
                    response.header("Allow", route.allow());
                })));
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerAPathThatNamesNothingWith404() {
        return PublicRoutes.all().stream().map(route -> DynamicTest.dynamicTest(route.path().toString(), () ->
                refusal(given().get(concrete(route) + "/no/such/thing").then(), route.surface(), 404, "not_found")));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseAClientOverItsQuotaWith429AndRetryAfter() {
        AtomicLong accounts = new AtomicLong(90_000);
        return scopedMethods().map(call -> DynamicTest.dynamicTest(call.method() + " " + call.path(), () -> {
            String token = tokens.client(accounts.incrementAndGet(), "none:read");
            overQuota(call.route(), () -> given().auth().oauth2(token).request(call.method(), call.path()).then());
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseAnAddressOverItsQuotaOnRoutesWithoutTokensWith429() {
        AtomicInteger addresses = new AtomicInteger(1);
        return publicMethods().map(call -> DynamicTest.dynamicTest(call.method() + " " + call.path(), () -> {
            RestAssuredConfig address = SourceAddress.from("127.0.1." + addresses.incrementAndGet());
            overQuota(call.route(), () -> given().config(address).request(call.method(), call.path()).then());
        }));
    }

    /**
     * Sends {@code request} until it is refused: the refusal must come right after the quota the first answer
     * announced (draft-ietf-httpapi-ratelimit-headers-10 §2: the last policy is the route's), as a 429 in the surface's
     * shape with {@code Retry-After}.
     */
    private static void overQuota(PublicRoute route, Supplier<ValidatableResponse> request) {
        String policies = request.get().extract().header("RateLimit-Policy");
        Matcher last = Pattern.compile(";q=(\\d+);w=\\d+$").matcher(policies);
        assertTrue(last.find(), "RateLimit-Policy: " + policies);
        int quota = Integer.parseInt(last.group(1));
        for (int allowed = 2; allowed <= quota; allowed++) {
            request.get().statusCode(not(429));
        }
        ValidatableResponse refused = request.get();
        refusal(refused, route.surface(), 429, "rate_limit_exceeded");
        refused.header("Retry-After", notNullValue()).header("RateLimit", containsString(";r=0;"));
    }

    private static void refusal(ValidatableResponse response, ApiSurface surface, int status, String code) {
        response.statusCode(status).header("X-Request-Id", notNullValue());
        Map<String, Object> expected = surface.errorBody(new Problem(status, code, "", ""));
        if (expected.containsKey("status")) {
            response.body("status", equalTo(status)).body("message", notNullValue());
        } else if (expected.containsKey("error_description")) {
            response.body("error", equalTo(expected.get("error"))).body("error_description", notNullValue())
                    .header("Cache-Control", "no-store");
        } else {
            response.body("error.code", equalTo(code)).body("error.message", notNullValue())
                    .body("request_id", notNullValue());
        }
    }

    private static Stream<Call> publicMethods() {
        return PublicRoutes.all().stream().flatMap(route -> route.methods().stream()
                .filter(method -> !method.equals("HEAD") && route.scopeFor(method).isEmpty())
                .map(method -> new Call(route, method, concrete(route))));
    }

    private record Call(PublicRoute route, String method, String path) {
    }

    private static Stream<Call> scopedMethods() {
        // HEAD answers carry no body to check; PublicRoutesTest checks it takes GET's scope
        return PublicRoutes.all().stream().flatMap(route -> route.methods().stream()
                .filter(method -> !method.equals("HEAD") && route.scopeFor(method).isPresent())
                .map(method -> new Call(route, method, concrete(route))));
    }

    /** The route's path with each variable filled in. */
    private static String concrete(PublicRoute route) {
        return route.path().toString().replaceAll("\\{[^}]*}", "1");
    }
}
