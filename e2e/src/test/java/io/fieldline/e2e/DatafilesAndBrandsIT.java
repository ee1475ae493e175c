package io.fieldline.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * A job source uploads its logo through the gateway, reads it back through the signed link the 302 names (without a
 * token), and makes it a brand's logo; a tampered link, a user's token on brands and another account's token on the
 * file are refused.
 */
@EndToEnd
class DatafilesAndBrandsIT {

    private static final String EMAIL = "dina@example.com";
    private static final String PASSWORD = "supersecretpassword";

    private final SharedSuite suite;
    private Tenant source;
    private String token;

    DatafilesAndBrandsIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void aJobSource() {
        source = suite.newTenant("Brands");
        token = source.token();
    }

    @Test
    void aJobSourceUploadsALogoReadsItBackAndBrandsWithIt() throws IOException {
        byte[] png = png();
        String uid = given().auth().oauth2(token).multiPart("file", "logo.png", png, "application/octet-stream")
                .when().post("/v3/datafiles")
                .then().statusCode(201)
                .body("datafile.filename", equalTo("logo.png"))
                .body("datafile.mime_type", equalTo("image/png"))
                .body("datafile.name", equalTo(""))
                .extract().path("datafile.uid");

        String location = given().auth().oauth2(token).redirects().follow(false)
                .when().get("/v3/datafiles/{uid}", uid)
                .then().statusCode(302)
                .header("Location", startsWith(suite.gatewayUrl() + "/v3/datafiles/" + uid + "/content?"))
                .extract().header("Location");

        byte[] served = given().when().get(URI.create(location))
                .then().statusCode(200)
                .header("Content-Type", equalTo("image/png"))
                .header("Content-Disposition", startsWith("attachment; filename=\"logo.png\""))
                .extract().asByteArray();
        assertThat(served, equalTo(png));

        String signature = location.substring(location.indexOf("signature=") + "signature=".length());
        String tampered = location.replace("signature=" + signature,
                "signature=" + (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1));
        given().when().get(URI.create(tampered))
                .then().statusCode(403)
                .body("error.code", equalTo("forbidden"))
                .body("request_id", matchesPattern("[0-9a-f]{32}"));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "New Brand", "phone_number", "+15551234567", "logo_token", uid,
                        "email", "newbrand@newbrand.com"))
                .when().post("/v3/brands")
                .then().statusCode(201)
                .body("brand.name", equalTo("New Brand"))
                .body("brand.logo_token", equalTo(uid));
    }

    @Test
    void aFileAboveTheLimitIsRefusedInTheV3Shape() {
        given().auth().oauth2(token).multiPart("file", "too-large.bin", new byte[25 * 1024 * 1024 + 1])
                .when().post("/v3/datafiles")
                .then().statusCode(413)
                .body("error.code", equalTo("payload_too_large"))
                .body("error.fields.file[0]", startsWith("must be at most"));
    }

    @Test
    void aUserTokenGetsNoBrandsAndAnotherAccountNoFile() throws IOException {
        String uid = given().auth().oauth2(token).multiPart("file", "logo.png", png())
                .when().post("/v3/datafiles")
                .then().statusCode(201).extract().path("datafile.uid");
        long organization = source.createOrganization("Dina's Desk");
        source.createUser(Map.of("organization_id", organization, "first_name", "Dina", "last_name", "Dispatcher",
                "roles", List.of("dispatcher"), "email", EMAIL, "password", PASSWORD));
        String userToken = source.login(EMAIL, PASSWORD).then().statusCode(200).extract().path("access_token");

        given().auth().oauth2(userToken).when().get("/v3/brands")
                .then().statusCode(403).body("error.code", equalTo("forbidden"));
        given().auth().oauth2(userToken).contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .when().post("/v3/brands")
                .then().statusCode(403);

        String otherToken = suite.newTenant("Other brands").token();
        given().auth().oauth2(otherToken).redirects().follow(false)
                .when().get("/v3/datafiles/{uid}", uid)
                .then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x0088ff);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
