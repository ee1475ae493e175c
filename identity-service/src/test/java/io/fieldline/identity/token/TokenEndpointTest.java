package io.fieldline.identity.token;

import io.fieldline.testkit.ManagementPort;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;

/** The HTTP surface of {@code POST /v3/oauth/token}: what it accepts, how it refuses, and where it is documented. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class TokenEndpointTest {

    @Test
    void shouldNameAFieldOfTheWrongType() {
        given().contentType(ContentType.JSON).body("{\"grant_type\": [\"client_credentials\"]}")
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"))
                .body("error_description", containsString("grant_type must be a string"));
    }

    @Test
    void shouldRefuseABodyThatIsNeitherJsonNorAForm() {
        given().contentType(ContentType.TEXT).body("grant_type=client_credentials")
                .when().post("/v3/oauth/token")
                .then().statusCode(415)
                .header("Pragma", "no-cache")
                .body("error", equalTo("invalid_request"))
                .body("error_description",
                        equalTo("Content-Type must be application/json or application/x-www-form-urlencoded"));
    }

    @Test
    void shouldAnswerOnlyPost() {
        given().when().get("/v3/oauth/token")
                .then().statusCode(405)
                .header("Allow", "POST")
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void shouldEchoAValidRequestIdAndGiveOneOtherwise() {
        Map<String, String> request = Map.of("grant_type", "client_credentials", "client_id", OAuthClients.CLIENT_ID,
                "client_secret", OAuthClients.CLIENT_SECRET);
        given().contentType(ContentType.JSON).header("X-Request-Id", "dispatch-42").body(request)
                .when().post("/v3/oauth/token")
                .then().statusCode(200).header("X-Request-Id", "dispatch-42");
        given().contentType(ContentType.JSON).header("X-Request-Id", "bad id\nforged").body(request)
                .when().post("/v3/oauth/token")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void shouldBeInTheServiceApiDocumentForBothBodies() {
        given().port(ManagementPort.get()).queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/v3/oauth/token'.post.requestBody.content", hasKey("application/json"))
                .body("paths.'/v3/oauth/token'.post.requestBody.content", hasKey("application/x-www-form-urlencoded"))
                .body("paths.'/v3/oauth/token'.post.responses", hasKey("401"));
    }
}
