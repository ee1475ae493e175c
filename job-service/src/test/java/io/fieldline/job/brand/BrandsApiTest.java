package io.fieldline.job.brand;

import io.fieldline.job.datafile.Datafiles;
import io.fieldline.testkit.BadInputSweep;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** {@code /v3/brands}, as the Brands section of {@code dispatch-rest-api-v3.md} specifies it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class BrandsApiTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldCreateABrandAsTheDocumentShows() {
        long account = Datafiles.newAccount();
        String logo = Datafiles.upload(tokens.client(account, "datafiles:write"), "logo.png", Datafiles.png());

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body(Map.of("name", "New Brand", "phone_number", "+15551234567", "logo_token", logo,
                        "email", "newbrand@newbrand.com"))
                .when().post("/v3/brands")
                .then().statusCode(201)
                .body("brand.id", notNullValue())
                .body("brand.name", equalTo("New Brand"))
                .body("brand.phone_number", equalTo("+15551234567"))
                .body("brand.logo_token", equalTo(logo))
                .body("brand.email", equalTo("newbrand@newbrand.com"));
    }

    @Test
    void shouldStoreThePhoneNumberInE164() {
        given().auth().oauth2(writer(Datafiles.newAccount())).contentType(ContentType.JSON)
                .body(Map.of("name", "Acme", "phone_number", "tel:+1-555-123-4567"))
                .when().post("/v3/brands")
                .then().statusCode(201).body("brand.phone_number", equalTo("+15551234567"));
    }

    @Test
    void shouldListTheAccountsBrandsByIdWithMeta() {
        long account = Datafiles.newAccount();
        long first = createBrand(account, "First");
        long second = createBrand(account, "Second");
        createBrand(Datafiles.newAccount(), "Another account's");

        given().auth().oauth2(reader(account))
                .when().get("/v3/brands")
                .then().statusCode(200)
                .body("brands.id", contains((int) first, (int) second))
                .body("brands.name", contains("First", "Second"))
                .body("meta.total", equalTo(2))
                .body("meta.limit", equalTo(100))
                .body("meta.offset", equalTo(0));
        given().auth().oauth2(reader(account)).queryParam("limit", 500).queryParam("offset", 1)
                .when().get("/v3/brands")
                .then().statusCode(200)
                .body("brands.id", contains((int) second))
                .body("meta.limit", equalTo(100))
                .body("meta.offset", equalTo(1));
    }

    @Test
    void shouldRefuseAFilterSinceBrandsHaveNone() {
        given().auth().oauth2(reader(Datafiles.newAccount())).queryParam("filter[name_eq]", "Acme")
                .when().get("/v3/brands")
                .then().statusCode(400).body("error.fields", hasKey("filter[name_eq]"));
        given().auth().oauth2(reader(Datafiles.newAccount())).queryParam("limit", "abc")
                .when().get("/v3/brands")
                .then().statusCode(400).body("error.fields", hasKey("limit"));
    }

    @Test
    void shouldShowABrand() {
        long account = Datafiles.newAccount();
        long id = createBrand(account, "Acme");

        given().auth().oauth2(reader(account))
                .when().get("/v3/brands/{id}", id)
                .then().statusCode(200)
                .body("brand.id", equalTo((int) id))
                .body("brand.name", equalTo("Acme"));
    }

    @Test
    void shouldUpdateABrandAsTheDocumentShows() {
        long account = Datafiles.newAccount();
        String logo = Datafiles.upload(tokens.client(account, "datafiles:write"), "logo.png", Datafiles.png());
        long id = ((Number) given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body(Map.of("name", "Old Name", "phone_number", "+15559876543", "logo_token", logo))
                .when().post("/v3/brands").then().statusCode(201).extract().path("brand.id")).longValue();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body(Map.of("name", "Changed Name"))
                .when().patch("/v3/brands/{id}", id)
                .then().statusCode(200)
                .body("brand.id", equalTo((int) id))
                .body("brand.name", equalTo("Changed Name"))
                .body("brand.logo_token", equalTo(logo))
                .body("brand.phone_number", equalTo("+15559876543"))
                .body("brand", not(hasKey("email")));
    }

    @Test
    void shouldClearAnOptionalAttributeSentAsNullButNeverTheName() {
        long account = Datafiles.newAccount();
        long id = createBrand(account, "Acme");
        Map<String, Object> clear = new HashMap<>();
        clear.put("phone_number", null);

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(clear)
                .when().patch("/v3/brands/{id}", id)
                .then().statusCode(200).body("brand", not(hasKey("phone_number")));
        Map<String, Object> noName = new HashMap<>();
        noName.put("name", null);
        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(noName)
                .when().patch("/v3/brands/{id}", id)
                .then().statusCode(422).body("error.fields", hasKey("name"));
    }

    @Test
    void shouldDeleteABrand() {
        long account = Datafiles.newAccount();
        long id = createBrand(account, "Acme");

        given().auth().oauth2(writer(account)).when().delete("/v3/brands/{id}", id).then().statusCode(204);
        given().auth().oauth2(reader(account)).when().get("/v3/brands/{id}", id).then().statusCode(404);
        given().auth().oauth2(writer(account)).when().delete("/v3/brands/{id}", id).then().statusCode(404);
    }

    @Test
    void shouldRequireANameAndNameEveryBrokenRule() {
        given().auth().oauth2(writer(Datafiles.newAccount())).contentType(ContentType.JSON)
                .body(Map.of("phone_number", "555-1234", "email", "not an email", "logo_token", "not-a-uid"))
                .when().post("/v3/brands")
                .then().statusCode(422)
                .body("error.fields", hasKey("name"))
                .body("error.fields", hasKey("phone_number"))
                .body("error.fields", hasKey("email"))
                .body("error.fields", hasKey("logo_token"));
    }

    @Test
    void shouldRefuseALogoThatIsNoDatafileOfTheAccount() {
        long account = Datafiles.newAccount();
        String othersLogo = Datafiles.upload(tokens.client(Datafiles.newAccount(), "datafiles:write"), "logo.png",
                Datafiles.png());
        long id = createBrand(account, "Acme");

        for (String logo : List.of(othersLogo, "9b553add-62cf-47c0-aec1-6705e395b4da")) {
            given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                    .body(Map.of("name", "Acme", "logo_token", logo))
                    .when().post("/v3/brands")
                    .then().statusCode(422).body("error.fields", hasKey("logo_token"));
            given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                    .body(Map.of("logo_token", logo))
                    .when().patch("/v3/brands/{id}", id)
                    .then().statusCode(422).body("error.fields", hasKey("logo_token"));
        }
        given().auth().oauth2(reader(account)).when().get("/v3/brands")
                .then().statusCode(200).body("meta.total", equalTo(1)).body("brands[0]", not(hasKey("logo_token")));
    }

    @Test
    void shouldRefuseAUserTokenOnEveryBrandRoute() {
        long account = Datafiles.newAccount();
        long id = createBrand(account, "Acme");
        String user = tokens.user(account, 5, 10, List.of("dispatcher"), "brands:read", "brands:write");

        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .when().post("/v3/brands").then().statusCode(403).body("error.code", equalTo("forbidden"));
        given().auth().oauth2(user).when().get("/v3/brands").then().statusCode(403);
        given().auth().oauth2(user).when().get("/v3/brands/{id}", id).then().statusCode(403);
        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .when().patch("/v3/brands/{id}", id).then().statusCode(403);
        given().auth().oauth2(user).when().delete("/v3/brands/{id}", id).then().statusCode(403);
        given().auth().oauth2(reader(account)).when().get("/v3/brands/{id}", id)
                .then().statusCode(200).body("brand.name", equalTo("Acme"));
    }

    @Test
    void shouldNeitherShowNorChangeABrandOfAnotherAccount() {
        long account = Datafiles.newAccount();
        long id = createBrand(account, "Acme");
        long other = Datafiles.newAccount();

        given().auth().oauth2(reader(other)).when().get("/v3/brands/{id}", id).then().statusCode(404);
        given().auth().oauth2(writer(other)).contentType(ContentType.JSON).body(Map.of("name", "Hijacked"))
                .when().patch("/v3/brands/{id}", id).then().statusCode(404);
        given().auth().oauth2(writer(other)).when().delete("/v3/brands/{id}", id).then().statusCode(404);
        given().auth().oauth2(reader(other)).when().get("/v3/brands").then().statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(reader(account)).when().get("/v3/brands/{id}", id)
                .then().statusCode(200).body("brand.name", equalTo("Acme"));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputOnEveryBrandRoute() {
        return new BadInputSweep(tokens.client(Datafiles.newAccount(), "brands:read", "brands:write"))
                .under("/v3/brands");
    }

    private long createBrand(long account, String name) {
        return ((Number) given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "phone_number", "+15551234567"))
                .when().post("/v3/brands")
                .then().statusCode(201).extract().path("brand.id")).longValue();
    }

    private String writer(long account) {
        return tokens.client(account, "brands:write", "brands:read");
    }

    private String reader(long account) {
        return tokens.client(account, "brands:read");
    }
}
