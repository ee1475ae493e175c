package io.fieldline.gateway;

import io.fieldline.surfaces.PublicRoutes;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gateway reads a request body up to its route's own limit ({@code PublicRoute.bodyLimit}), else up to
 * {@code fieldline.gateway.max-body-size}, and refuses a larger one with a 413 in the surface's shape.
 */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
class BodyLimitTest {

    private static final int MIB = 1024 * 1024;

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldForwardAnUploadLargerThanTheDefaultLimitToTheDatafilesRoute() {
        given().auth().oauth2(tokens.client(1, "datafiles:write"))
                .multiPart("file", "photo.jpg", filled(12 * MIB))
                .when().post("/v3/datafiles")
                .then().statusCode(200)
                .body("path", equalTo("/v3/datafiles"));
    }

    @Test
    void shouldForwardAMultipartBodyAsItCame() {
        given().auth().oauth2(tokens.client(1, "datafiles:write"))
                .multiPart("file", "notes.txt", "the bytes of the file".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/v3/datafiles")
                .then().statusCode(200)
                .body("headers.'content-type'", startsWith("multipart/form-data; boundary="))
                .body("body", containsString("filename=\"notes.txt\""))
                .body("body", containsString("the bytes of the file"));
    }

    @Test
    void shouldRefuseAnUploadAboveTheDatafilesRoutesLimitInTheV3Shape() {
        given().auth().oauth2(tokens.client(1, "datafiles:write"))
                .contentType("multipart/form-data; boundary=x")
                .body(new byte[(int) PublicRoutes.DATAFILE_UPLOAD_BODY_LIMIT + 1])
                .when().post("/v3/datafiles")
                .then().statusCode(413)
                .body("error.code", equalTo("payload_too_large"))
                .body("request_id", notNullValue());
    }

    @Test
    void shouldKeepTheDefaultLimitOnEveryOtherRoute() {
        given().auth().oauth2(tokens.client(1, "brands:write")).contentType(ContentType.JSON)
                .body(new byte[12 * MIB])
                .when().post("/v3/brands")
                .then().statusCode(413)
                .body("error.code", equalTo("payload_too_large"));
    }

    /** A body of {@code length} printable bytes, which the echoing upstream sends back as they are. */
    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
