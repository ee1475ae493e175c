package io.fieldline.job.organization;

import io.fieldline.job.JobSources;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.fieldline.testkit.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** {@code /v3/organizations} as a job source uses it, as the Organizations section of the seed shows it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class OrganizationsApiTest {

    static final Map<String, Object> JOES_PLUMBING = Map.of(
            "name", "Joe's Plumbing",
            "address", Map.of("street_1", "555 Test Avenue", "street_2", "Unit 5", "city", "Boston", "state", "MA",
                    "postal_code", "02115", "timezone", "America/New_York"),
            "phone_number", "+15551234567",
            "email", "joe@joesplumbing.com",
            "external_ids", List.of("AAA123"));

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void shouldCreateAnOrganizationAsTheDocumentShows() {
        given().auth().oauth2(tokens.client(JobSources.newAccount(), "organizations:write"))
                .contentType(ContentType.JSON).body(JOES_PLUMBING)
                .when().post("/v3/organizations")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("organization.id", notNullValue())
                .body("organization.name", equalTo("Joe's Plumbing"))
                .body("organization.address.street_1", equalTo("555 Test Avenue"))
                .body("organization.address.street_2", equalTo("Unit 5"))
                .body("organization.address.city", equalTo("Boston"))
                .body("organization.address.state", equalTo("MA"))
                .body("organization.address.postal_code", equalTo("02115"))
                .body("organization.address.timezone", equalTo("America/New_York"))
                .body("organization.phone_number", equalTo("+15551234567"))
                .body("organization.email", equalTo("joe@joesplumbing.com"))
                .body("organization.external_ids", contains("AAA123"))
                .body("organization.network", equalTo("first_party"));
    }

    @Test
    void shouldViewASingleOrganizationAsTheDocumentShows() {
        long account = JobSources.newAccount();
        long id = JobSources.createOrganization(tokens.client(account, "organizations:write"), JOES_PLUMBING);

        given().auth().oauth2(tokens.client(account, "organizations:read"))
                .when().get("/v3/organizations/{id}", id)
                .then().statusCode(200)
                .body("organization.id", equalTo((int) id))
                .body("organization.name", equalTo("Joe's Plumbing"))
                .body("organization.address.timezone", equalTo("America/New_York"))
                .body("organization.external_ids", contains("AAA123"));
    }

    @Test
    void shouldUpdateAnOrganizationAsTheDocumentShows() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write");
        long id = JobSources.createOrganization(writer, JOES_PLUMBING);

        given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("phone_number", "+15557826394"))
                .when().patch("/v3/organizations/{id}", id)
                .then().statusCode(200)
                .body("organization.id", equalTo((int) id))
                .body("organization.phone_number", equalTo("+15557826394"))
                .body("organization.name", equalTo("Joe's Plumbing"))
                .body("organization.address.city", equalTo("Boston"));
    }

    @Test
    void shouldStorePhoneNumbersInE164() {
        long account = JobSources.newAccount();
        given().auth().oauth2(tokens.client(account, "organizations:write")).contentType(ContentType.JSON)
                .body(Map.of("name", "Dial", "email", "dial@example.com", "phone_number", "tel:+1-617-555-0100"))
                .when().post("/v3/organizations")
                .then().statusCode(201).body("organization.phone_number", equalTo("+16175550100"));
    }

    @Test
    void shouldDeriveTheTimezoneOfAnAddressSentWithout() {
        given().auth().oauth2(tokens.client(JobSources.newAccount(), "organizations:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Panhandle Pipes", "email", "office@pipes.example", "address",
                        Map.of("street_1", "1 Palafox Pl", "city", "Pensacola", "state", "fl", "postal_code", "32502")))
                .when().post("/v3/organizations")
                .then().statusCode(201)
                .body("organization.address.state", equalTo("FL"))
                .body("organization.address.timezone", equalTo("America/Chicago"));
    }

    @Test
    void shouldGiveBackTheOrganizationOfAnExternalIdTheJobSourceAlreadyUses() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write", "organizations:read");
        long id = JobSources.createOrganization(writer, JOES_PLUMBING);

        given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body(Map.of("name", "Joe's Plumbing & Heating", "email", "joe@joesplumbing.com",
                        "external_ids", List.of("BBB456", "AAA123")))
                .when().post("/v3/organizations")
                .then().statusCode(200)
                .body("organization.id", equalTo((int) id))
                .body("organization.name", equalTo("Joe's Plumbing & Heating"))
                .body("organization.phone_number", equalTo("+15551234567"))
                .body("organization.external_ids", contains("AAA123", "BBB456"));
        given().auth().oauth2(writer).when().get("/v3/organizations")
                .then().statusCode(200).body("meta.total", equalTo(1)).body("organizations[0].id", equalTo((int) id));
    }

    @Test
    void shouldCreateOneOrganizationWhenTheSameExternalIdArrivesManyTimesAtOnce() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write", "organizations:read");
        Map<String, Object> organization = Map.of("name", "Rush", "email", "rush@example.com",
                "external_ids", List.of("RUSH-1"));

        List<Integer> statuses = IntStream.range(0, 8).parallel()
                .mapToObj(attempt -> given().auth().oauth2(writer).contentType(ContentType.JSON).body(organization)
                        .when().post("/v3/organizations").then().extract().statusCode())
                .toList();

        assertThat(statuses, containsInAnyOrder(201, 200, 200, 200, 200, 200, 200, 200));
        given().auth().oauth2(writer).when().get("/v3/organizations").then().body("meta.total", equalTo(1));
    }

    @Test
    void shouldNeitherChangeNorPublishAnUpdateThatChangesNothing() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write");
        long id = JobSources.createOrganization(writer, JOES_PLUMBING);
        try (TopicReader topic = new TopicReader(kafka, "fieldline.jobs.organizations")) {
            given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("name", "Joe's Plumbing"))
                    .when().patch("/v3/organizations/{id}", id).then().statusCode(200);
            given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("name", "Joe's"))
                    .when().patch("/v3/organizations/{id}", id).then().statusCode(200);

            ConsumerRecord<String, String> updated = topic.awaitRecord(record -> record.key().equals(String.valueOf(id))
                    && "fieldline.jobs.organization.updated.v1".equals(TopicReader.header(record, "ce_type")),
                    Duration.ofSeconds(30));

            assertThat(JsonPath.from(updated.value()).getString("name"), equalTo("Joe's"));
            assertThat(JsonPath.from(updated.value()).getInt("version"), equalTo(2));
        }
    }

    @Test
    void shouldListOrganizationsByIdWithMeta() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write", "organizations:read");
        long first = JobSources.createOrganization(writer, "First");
        long second = JobSources.createOrganization(writer, "Second");

        given().auth().oauth2(writer).queryParam("limit", 500)
                .when().get("/v3/organizations")
                .then().statusCode(200)
                .body("organizations.id", contains((int) first, (int) second))
                .body("meta.total", equalTo(2))
                .body("meta.limit", equalTo(100))
                .body("meta.offset", equalTo(0));
        given().auth().oauth2(writer).queryParam("limit", 1).queryParam("offset", 1)
                .when().get("/v3/organizations")
                .then().statusCode(200)
                .body("organizations.id", contains((int) second))
                .body("meta.total", equalTo(2));
    }

    @Test
    void shouldListTheOrganizationsWithAnExternalId() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write", "organizations:read");
        long joes = JobSources.createOrganization(writer, JOES_PLUMBING);
        JobSources.createOrganization(writer, Map.of("name", "Other", "email", "o@example.com",
                "external_ids", List.of("AAA1234")));

        given().auth().oauth2(writer).queryParam("filter[external_ids_contains]", "AAA123")
                .when().get("/v3/organizations")
                .then().statusCode(200)
                .body("organizations.id", contains((int) joes))
                .body("meta.total", equalTo(1));
    }

    @Test
    void shouldRefuseAnUnknownFilterNamingIt() {
        given().auth().oauth2(tokens.client(JobSources.newAccount(), "organizations:read"))
                .queryParam("filter[name_eq]", "Joe")
                .when().get("/v3/organizations")
                .then().statusCode(400).body("error.fields", hasKey("filter[name_eq]"));
    }

    @Test
    void shouldDeleteAnOrganizationSoftlySoThatItIsGoneFromTheApi() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write", "organizations:read");
        long id = JobSources.createOrganization(writer, JOES_PLUMBING);

        given().auth().oauth2(writer).when().delete("/v3/organizations/{id}", id).then().statusCode(204);

        given().auth().oauth2(writer).when().get("/v3/organizations/{id}", id).then().statusCode(404)
                .body("error.code", equalTo("not_found"));
        given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("name", "Back"))
                .when().patch("/v3/organizations/{id}", id).then().statusCode(404);
        given().auth().oauth2(writer).when().delete("/v3/organizations/{id}", id).then().statusCode(404);
        given().auth().oauth2(writer).when().get("/v3/organizations").then().body("meta.total", equalTo(0));
    }

    @Test
    void shouldCreateANewOrganizationForTheExternalIdOfADeletedOne() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write");
        long deleted = JobSources.createOrganization(writer, JOES_PLUMBING);
        given().auth().oauth2(writer).when().delete("/v3/organizations/{id}", deleted).then().statusCode(204);

        long created = JobSources.createOrganization(writer, JOES_PLUMBING);

        assertThat(created, not(equalTo(deleted)));
    }

    @Test
    void shouldNameEveryMissingRequiredAttribute() {
        given().auth().oauth2(tokens.client(JobSources.newAccount(), "organizations:write"))
                .contentType(ContentType.JSON).body(Map.of("phone_number", "+15551234567"))
                .when().post("/v3/organizations")
                .then().statusCode(422)
                .body("error.code", equalTo("validation_failed"))
                .body("error.fields.name", contains("is required"))
                .body("error.fields.email", contains("is required"));
    }

    @Test
    void shouldNameTheNestedFieldOfABrokenAddressRule() {
        given().auth().oauth2(tokens.client(JobSources.newAccount(), "organizations:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Joe", "email", "joe@example.com",
                        "address", Map.of("street_1", "1 Main St", "state", "MA", "postal_code", "K1A 0B1",
                                "timezone", "Mars/Olympus")))
                .when().post("/v3/organizations")
                .then().statusCode(422)
                .body("error.fields.'address.city'", contains("is required"))
                .body("error.fields.'address.postal_code'",
                        contains("must be a US ZIP code (02115 or 02115-1234), as MA is in the US"))
                .body("error.fields.'address.timezone'", contains("must be an IANA time zone, such as America/New_York"));
    }

    @Test
    void shouldNameTheNestedFieldOfABrokenAddressRuleOnUpdate() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write");
        long id = JobSources.createOrganization(writer, JOES_PLUMBING);

        given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body(Map.of("address", Map.of("street_1", "1 Main St", "city", "Boston", "state", "XX")))
                .when().patch("/v3/organizations/{id}", id)
                .then().statusCode(422).body("error.fields", hasKey("address.state"));
    }

    @Test
    void shouldRefuseAPhoneNumberLibphonenumberRejects() {
        given().auth().oauth2(tokens.client(JobSources.newAccount(), "organizations:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Joe", "email", "joe@example.com", "phone_number", "+1555"))
                .when().post("/v3/organizations")
                .then().statusCode(422).body("error.fields", hasKey("phone_number"));
    }

    @Test
    void shouldRefuseAnUnknownNetwork() {
        given().auth().oauth2(tokens.client(JobSources.newAccount(), "organizations:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Joe", "email", "joe@example.com", "network", "second_party"))
                .when().post("/v3/organizations")
                .then().statusCode(422).body("error.fields", hasKey("network"));
    }

    @Test
    void shouldKeepTheNetworkOfAThirdPartyOrganization() {
        given().auth().oauth2(tokens.client(JobSources.newAccount(), "organizations:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Partner", "email", "partner@example.com", "network", "third_party"))
                .when().post("/v3/organizations")
                .then().statusCode(201).body("organization.network", equalTo("third_party"));
    }

    @Test
    void shouldRefuseCreateUserOnUpdateAsAnAttributeOfCreationOnly() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write");
        long id = JobSources.createOrganization(writer, "Joe");

        given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("create_user", true))
                .when().patch("/v3/organizations/{id}", id)
                .then().statusCode(422).body("error.fields", hasKey("create_user"));
    }

    @Test
    void shouldPublishTheCreatedOrganizationWithCreateUserAndNetwork() {
        long account = JobSources.newAccount();
        try (TopicReader topic = new TopicReader(kafka, "fieldline.jobs.organizations")) {
            long id = JobSources.createOrganization(tokens.client(account, "organizations:write"),
                    Map.of("name", "Joe's Plumbing", "email", "joe@joesplumbing.com", "create_user", true,
                            "network", "third_party"));

            ConsumerRecord<String, String> event = topic.awaitRecord(record -> record.key().equals(String.valueOf(id)),
                    Duration.ofSeconds(30));

            assertThat(TopicReader.header(event, "ce_type"), equalTo("fieldline.jobs.organization.created.v1"));
            assertThat(TopicReader.header(event, "ce_accountid"), equalTo(String.valueOf(account)));
            JsonPath data = JsonPath.from(event.value());
            assertThat(data.getLong("account_id"), equalTo(account));
            assertThat(data.getString("email"), equalTo("joe@joesplumbing.com"));
            assertThat(data.getBoolean("create_user"), equalTo(true));
            assertThat(data.getString("network"), equalTo("third_party"));
            assertThat(data.getInt("version"), equalTo(1));
        }
    }

    @Test
    void shouldPublishTheDeletionOfAnOrganization() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write");
        long id = JobSources.createOrganization(writer, "Gone");
        try (TopicReader topic = new TopicReader(kafka, "fieldline.jobs.organizations")) {
            given().auth().oauth2(writer).when().delete("/v3/organizations/{id}", id).then().statusCode(204);

            ConsumerRecord<String, String> event = topic.awaitRecord(record -> record.key().equals(String.valueOf(id))
                    && "fieldline.jobs.organization.deleted.v1".equals(TopicReader.header(record, "ce_type")),
                    Duration.ofSeconds(30));

            JsonPath data = JsonPath.from(event.value());
            assertThat(data.getBoolean("deleted"), equalTo(true));
            assertThat(data.getInt("version"), equalTo(2));
        }
    }
}
