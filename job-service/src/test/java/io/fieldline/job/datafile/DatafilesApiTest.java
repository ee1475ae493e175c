package io.fieldline.job.datafile;

import io.fieldline.job.datafile.service.DownloadLinks;
import io.fieldline.testkit.BadInputSweep;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** {@code /v3/datafiles}, as the Files and Photos section of {@code dispatch-rest-api-v3.md} specifies it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class DatafilesApiTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final int MIB = 1024 * 1024;

    @InjectTestTokens
    TestTokens tokens;

    @Inject
    DownloadLinks links;

    @Test
    void shouldUploadAFileAsTheDocumentShows() {
        given().auth().oauth2(tokens.client(Datafiles.newAccount(), "datafiles:write"))
                .multiPart("file", "test.png", Datafiles.png(), "text/plain")
                .when().post("/v3/datafiles")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/v3/datafiles/" + UUID_PATTERN))
                .body("datafile.bucket_id", nullValue())
                .body("datafile", hasKey("bucket_id"))
                .body("datafile.created_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"))
                .body("datafile.filename", equalTo("test.png"))
                .body("datafile.mime_type", equalTo("image/png"))
                .body("datafile.name", equalTo(""))
                .body("datafile.uid", matchesPattern(UUID_PATTERN));
    }

    @Test
    void shouldDetectTheTypeFromTheContentNotFromTheNameOrTheClient() {
        String token = tokens.client(Datafiles.newAccount(), "datafiles:write");

        given().auth().oauth2(token).multiPart("file", "notes.txt", Datafiles.png(), "application/pdf")
                .when().post("/v3/datafiles")
                .then().statusCode(201).body("datafile.mime_type", equalTo("image/png"));
        given().auth().oauth2(token).multiPart("file", "photo.png", "just some words\n".getBytes(), "image/png")
                .when().post("/v3/datafiles")
                .then().statusCode(201).body("datafile.mime_type", equalTo("text/plain"));
    }

    @Test
    void shouldKeepOnlyTheFileNameOfAPathTheClientSent() {
        given().auth().oauth2(tokens.client(Datafiles.newAccount(), "datafiles:write"))
                .multiPart("file", "C:\\Users\\dana\\photos\\test.png", Datafiles.png())
                .when().post("/v3/datafiles")
                .then().statusCode(201).body("datafile.filename", equalTo("test.png"));
    }

    @Test
    void shouldLetAUserOfTheAccountUploadAndReadAFile() {
        long account = Datafiles.newAccount();
        String user = tokens.user(account, 5, 10, List.of("dispatcher"), "datafiles:write", "datafiles:read");
        String uid = Datafiles.upload(user, "test.png", Datafiles.png());

        given().auth().oauth2(user).redirects().follow(false)
                .when().get("/v3/datafiles/{uid}", uid)
                .then().statusCode(302);
    }

    @Test
    void shouldRedirectToASignedLinkThatServesTheBytesWithoutAToken() {
        long account = Datafiles.newAccount();
        byte[] png = Datafiles.png();
        String uid = Datafiles.upload(tokens.client(account, "datafiles:write"), "test.png", png);

        String location = given().auth().oauth2(tokens.client(account, "datafiles:read")).redirects().follow(false)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.example.test")
                .when().get("/v3/datafiles/{uid}", uid)
                .then().statusCode(302)
                .header("Location", matchesPattern("https://api\\.example\\.test/v3/datafiles/" + uid
                        + "/content\\?expires=\\d+&signature=[A-Za-z0-9_-]{43}"))
                .extract().header("Location");

        byte[] served = given().when().get(pathOf(location))
                .then().statusCode(200)
                .header("Content-Type", equalTo("image/png"))
                .header("Content-Disposition", startsWith("attachment; filename=\"test.png\""))
                .extract().asByteArray();
        assertThat(served, equalTo(png));
    }

    @Test
    void shouldServeAFileOfManyChunksWhole() {
        long account = Datafiles.newAccount();
        byte[] content = new byte[3 * MIB + 12345];
        new Random(42).nextBytes(content);
        String uid = Datafiles.upload(tokens.client(account, "datafiles:write"), "archive.bin", content);

        byte[] served = given().when().get(pathOf(signedLink(account, uid)))
                .then().statusCode(200).header("Content-Type", equalTo("application/octet-stream"))
                .extract().asByteArray();
        assertThat(served, equalTo(content));
    }

    @Test
    void shouldRefuseALinkWhoseSignatureExpiryOrFileWasChanged() {
        long account = Datafiles.newAccount();
        String writer = tokens.client(account, "datafiles:write");
        String uid = Datafiles.upload(writer, "test.png", Datafiles.png());
        String otherUid = Datafiles.upload(writer, "other.png", Datafiles.png());
        String link = pathOf(signedLink(account, uid));
        String signature = link.substring(link.indexOf("signature=") + "signature=".length());
        String expires = link.replaceAll(".*expires=(\\d+).*", "$1");
        String changedSignature = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);

        for (String tampered : List.of(
                link.replace(signature, changedSignature),
                link.replace("expires=" + expires, "expires=" + (Long.parseLong(expires) + 3600)),
                link.replace(uid, otherUid))) {
            given().when().get(tampered)
                    .then().statusCode(403)
                    .body("error.code", equalTo("forbidden"))
                    .body("request_id", notNullValue());
        }
    }

    @Test
    void shouldRefuseAnExpiredLink() {
        long account = Datafiles.newAccount();
        String uid = Datafiles.upload(tokens.client(account, "datafiles:write"), "test.png", Datafiles.png());
        long expired = Instant.now().minusSeconds(1).getEpochSecond();

        given().queryParam("expires", expired).queryParam("signature", links.signature(uid, expired))
                .when().get("/v3/datafiles/{uid}/content", uid)
                .then().statusCode(403).body("error.message", matchesPattern(".*expired.*"));
    }

    @Test
    void shouldAnswerHeadOnALinkAsGetWithoutTheBytes() {
        long account = Datafiles.newAccount();
        String uid = Datafiles.upload(tokens.client(account, "datafiles:write"), "test.png", Datafiles.png());

        given().when().head(pathOf(signedLink(account, uid)))
                .then().statusCode(200).header("Content-Type", equalTo("image/png"));
    }

    @Test
    void shouldAnswer404ForAValidLinkToNoFile() {
        String uid = UUID.randomUUID().toString();
        long expires = Instant.now().plusSeconds(60).getEpochSecond();

        given().queryParam("expires", expires).queryParam("signature", links.signature(uid, expires))
                .when().get("/v3/datafiles/{uid}/content", uid)
                .then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    @Test
    void shouldNameTheMissingPartsOfALink() {
        long account = Datafiles.newAccount();
        String uid = Datafiles.upload(tokens.client(account, "datafiles:write"), "test.png", Datafiles.png());

        given().when().get("/v3/datafiles/{uid}/content", uid)
                .then().statusCode(400)
                .body("error.fields", hasKey("expires"))
                .body("error.fields", hasKey("signature"));
    }

    @Test
    void shouldNotShowAFileToAnotherAccount() {
        String uid = Datafiles.upload(tokens.client(Datafiles.newAccount(), "datafiles:write"), "test.png",
                Datafiles.png());

        given().auth().oauth2(tokens.client(Datafiles.newAccount(), "datafiles:read")).redirects().follow(false)
                .when().get("/v3/datafiles/{uid}", uid)
                .then().statusCode(404).body("error.code", equalTo("not_found"));
        given().auth().oauth2(tokens.client(Datafiles.newAccount(), "datafiles:read")).redirects().follow(false)
                .when().get("/v3/datafiles/{uid}", "not-a-uid")
                .then().statusCode(404);
    }

    @Test
    void shouldRequireTheDatafileScopes() {
        long account = Datafiles.newAccount();
        String uid = Datafiles.upload(tokens.client(account, "datafiles:write"), "test.png", Datafiles.png());

        given().auth().oauth2(tokens.client(account, "brands:write")).multiPart("file", "test.png", Datafiles.png())
                .when().post("/v3/datafiles")
                .then().statusCode(403);
        given().auth().oauth2(tokens.client(account, "datafiles:write")).redirects().follow(false)
                .when().get("/v3/datafiles/{uid}", uid)
                .then().statusCode(403);
        given().multiPart("file", "test.png", Datafiles.png())
                .when().post("/v3/datafiles")
                .then().statusCode(401);
    }

    @Test
    void shouldNameTheMissingFilePart() {
        given().auth().oauth2(tokens.client(Datafiles.newAccount(), "datafiles:write"))
                .multiPart("document", "test.png", Datafiles.png())
                .when().post("/v3/datafiles")
                .then().statusCode(422)
                .body("error.fields", hasKey("file"));
    }

    @Test
    void shouldTakeAFileOfTheLimitAndRefuseOneByteMore() {
        String token = tokens.client(Datafiles.newAccount(), "datafiles:write");

        given().auth().oauth2(token).multiPart("file", "limit.bin", new byte[25 * MIB])
                .when().post("/v3/datafiles")
                .then().statusCode(201);
        given().auth().oauth2(token).multiPart("file", "too-large.bin", new byte[25 * MIB + 1])
                .when().post("/v3/datafiles")
                .then().statusCode(413)
                .body("error.code", equalTo("payload_too_large"))
                .body("error.fields", hasKey("file"))
                .body("request_id", notNullValue());
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputOnEveryDatafileRoute() {
        return new BadInputSweep(tokens.client(Datafiles.newAccount(), "datafiles:read", "datafiles:write"))
                .under("/v3/datafiles");
    }

    private String signedLink(long account, String uid) {
        return given().auth().oauth2(tokens.client(account, "datafiles:read")).redirects().follow(false)
                .when().get("/v3/datafiles/{uid}", uid)
                .then().statusCode(302).extract().header("Location");
    }

    /** The link as this test's client reaches it: the path and query, against the service under test. */
    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
