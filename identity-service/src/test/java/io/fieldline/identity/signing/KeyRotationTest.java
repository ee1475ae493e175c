package io.fieldline.identity.signing;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Signing keys rotate without downtime: published before they sign, kept while tokens they signed live. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class KeyRotationTest {

    @Inject
    SigningKeys keys;

    @Test
    void shouldPublishANewKeyBeforeItSignsAndKeepTheOldOneVerifying() throws Throwable {
        String before = token();
        String oldKid = kid(before);

        String newKid = VertxContextSupport.subscribeAndAwait(() -> keys.rotate()).kid;

        assertThat(publishedKids(), hasItems(oldKid, newKid));
        assertThat(kid(token()), equalTo(oldKid));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> kid(token()).equals(newKid));
        assertThat(publishedKids(), hasItem(oldKid));
        given().auth().preemptive().basic("test-job-source", "test-job-source-secret-0123456789abcdef")
                .contentType(ContentType.URLENC).formParam("token", before)
                .when().post("/v3/oauth/introspect")
                .then().statusCode(200).body("active", equalTo(true));
    }

    private static List<String> publishedKids() {
        return given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().path("keys.kid");
    }

    private static String token() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", "test-job-source",
                        "client_secret", "test-job-source-secret-0123456789abcdef"))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }
}
