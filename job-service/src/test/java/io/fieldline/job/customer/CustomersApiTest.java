package io.fieldline.job.customer;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.notNullValue;

/** {@code /v3/customers} as a job source uses it, as the Customers section of the seed shows it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class CustomersApiTest {

    static final String[] ALL = {"customers:read", "customers:write", "organizations:read", "organizations:write"};

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    /** The seed's example request, for {@code organizationId}. */
    static Map<String, Object> joeShmo(long organizationId) {
        return Map.of(
                "organization_id", organizationId,
                "email", "customer@email.com",
                "phone_numbers", List.of(
                        Map.of("number", "+15551234567", "primary", true, "type", "mobile"),
                        Map.of("number", "+15559876543", "primary", false, "type", "work")),
                "first_name", "Joe",
                "last_name", "Shmo",
                "external_ids", List.of("AAA123"));
    }

    @Test
    void shouldCreateACustomerAsTheDocumentShows() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");

        given().auth().oauth2(source).contentType(ContentType.JSON).body(joeShmo(organization))
                .when().post("/v3/customers")
                .then().statusCode(201)
                .body("customer.id", notNullValue())
                .body("customer.organization_id", equalTo((int) organization))
                .body("customer.email", equalTo("customer@email.com"))
                .body("customer.phone_numbers.number", contains("+15551234567", "+15559876543"))
                .body("customer.phone_numbers.primary", contains(true, false))
                .body("customer.phone_numbers.type", contains("mobile", "work"))
                .body("customer.first_name", equalTo("Joe"))
                .body("customer.last_name", equalTo("Shmo"))
                .body("customer.external_ids", contains("AAA123"));
    }

    @Test
    void shouldUpdateACustomerAsTheDocumentShows() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long id = JobSources.createCustomer(source, joeShmo(JobSources.createOrganization(source, "Joe's Plumbing")));

        given().auth().oauth2(source).contentType(ContentType.JSON).body(Map.of("first_name", "Changed"))
                .when().patch("/v3/customers/{id}", id)
                .then().statusCode(200)
                .body("customer.id", equalTo((int) id))
                .body("customer.first_name", equalTo("Changed"))
                .body("customer.last_name", equalTo("Shmo"))
                .body("customer.email", equalTo("customer@email.com"))
                .body("customer.phone_numbers.number", contains("+15551234567", "+15559876543"))
                .body("customer.external_ids", contains("AAA123"));
    }

    @Test
    void shouldViewASingleCustomerWithItsAddresses() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        Map<String, Object> customer = new HashMap<>(joeShmo(organization));
        customer.put("home_address", Map.of("street_1", "1 Elm St", "city", "Austin", "state", "TX", "postal_code", "78701"));
        customer.put("billing_address", Map.of("street_1", "2 Oak St", "city", "El Paso", "state", "TX", "postal_code", "79901"));
        customer.put("company_name", "Shmo Holdings");
        customer.put("notes", "Dog in the yard");
        long id = JobSources.createCustomer(source, customer);

        given().auth().oauth2(source).when().get("/v3/customers/{id}", id)
                .then().statusCode(200)
                .body("customer.home_address.timezone", equalTo("America/Chicago"))
                .body("customer.billing_address.timezone", equalTo("America/Denver"))
                .body("customer.company_name", equalTo("Shmo Holdings"))
                .body("customer.notes", equalTo("Dog in the yard"));
    }

    @Test
    void shouldMergeADuplicateByExternalIdOntoTheExistingCustomer() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        long id = JobSources.createCustomer(source, joeShmo(organization));

        given().auth().oauth2(source).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization, "first_name", "Joseph", "external_ids", List.of("BBB", "AAA123"),
                        "phone_numbers", List.of(Map.of("number", "+16175550100", "primary", false, "type", "home"))))
                .when().post("/v3/customers")
                .then().statusCode(200)
                .body("customer.id", equalTo((int) id))
                .body("customer.first_name", equalTo("Joseph"))
                .body("customer.last_name", equalTo("Shmo"))
                .body("customer.email", equalTo("customer@email.com"))
                .body("customer.phone_numbers.number", contains("+15551234567", "+15559876543", "+16175550100"))
                .body("customer.external_ids", contains("AAA123", "BBB"));
    }

    @Test
    void shouldMergeADuplicateByEmailIgnoringCase() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        long id = JobSources.createCustomer(source, joeShmo(organization));

        given().auth().oauth2(source).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization, "first_name", "Joe", "email", "Customer@Email.COM",
                        "notes", "Gate code 1234"))
                .when().post("/v3/customers")
                .then().statusCode(200)
                .body("customer.id", equalTo((int) id))
                .body("customer.notes", equalTo("Gate code 1234"))
                .body("customer.email", equalTo("Customer@Email.COM"));
        given().auth().oauth2(source).queryParam("filter[organization_id_eq]", organization)
                .when().get("/v3/customers").then().body("meta.total", equalTo(1));
    }

    @Test
    void shouldMergeADuplicateByPhoneNumberAndLastName() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        long id = JobSources.createCustomer(source, joeShmo(organization));

        given().auth().oauth2(source).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization, "first_name", "Jo", "last_name", "SHMO",
                        "phone_numbers", List.of(Map.of("number", "tel:+1-555-987-6543"))))
                .when().post("/v3/customers")
                .then().statusCode(200)
                .body("customer.id", equalTo((int) id))
                .body("customer.first_name", equalTo("Jo"))
                .body("customer.phone_numbers.number", contains("+15551234567", "+15559876543"));
    }

    @Test
    void shouldNotMergeAPhoneNumberWithAnotherLastNameNorACustomerOfAnotherOrganization() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        long other = JobSources.createOrganization(source, "Other Plumbing");
        long id = JobSources.createCustomer(source, joeShmo(organization));

        long sameNumber = JobSources.createCustomer(source, Map.of("organization_id", organization, "first_name", "Ann",
                "last_name", "Other", "phone_numbers", List.of(Map.of("number", "+15551234567"))));
        long otherOrganization = JobSources.createCustomer(source, joeShmo(other));

        assertThat(List.of(sameNumber, otherOrganization).contains(id), equalTo(false));
    }

    @Test
    void shouldListCustomersByEachFilterOfTheSeed() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        long other = JobSources.createOrganization(source, "Other Plumbing");
        long joe = JobSources.createCustomer(source, joeShmo(organization));
        long ann = JobSources.createCustomer(source, Map.of("organization_id", organization, "first_name", "Ann",
                "email", "ann@example.com", "external_ids", List.of("AAA1234")));
        long bob = JobSources.createCustomer(source, Map.of("organization_id", other, "first_name", "Bob"));

        given().auth().oauth2(source).when().get("/v3/customers")
                .then().statusCode(200)
                .body("customers.id", contains((int) joe, (int) ann, (int) bob))
                .body("meta.total", equalTo(3)).body("meta.limit", equalTo(100)).body("meta.offset", equalTo(0));
        given().auth().oauth2(source).queryParam("filter[email_eq]", "ann@example.com")
                .when().get("/v3/customers").then().statusCode(200).body("customers.id", contains((int) ann));
        given().auth().oauth2(source).queryParam("filter[email_eq]", "ANN@Example.com")
                .when().get("/v3/customers").then().statusCode(200).body("customers.id", contains((int) ann));
        given().auth().oauth2(source).queryParam("filter[external_id_contains]", "AAA123")
                .when().get("/v3/customers").then().statusCode(200).body("customers.id", contains((int) joe));
        given().auth().oauth2(source).queryParam("filter[organization_id_eq]", other)
                .when().get("/v3/customers").then().statusCode(200).body("customers.id", contains((int) bob));
        given().auth().oauth2(source).queryParam("filter[organization_id_eq]", "abc")
                .when().get("/v3/customers").then().statusCode(400)
                .body("error.fields", hasKey("filter[organization_id_eq]"));
        given().auth().oauth2(source).queryParam("limit", 2).queryParam("offset", 1)
                .when().get("/v3/customers").then().statusCode(200)
                .body("customers.id", contains((int) ann, (int) bob)).body("meta.limit", equalTo(2))
                .body("meta.offset", equalTo(1));
    }

    @Test
    void shouldDeleteACustomerSoftly() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        long id = JobSources.createCustomer(source, joeShmo(organization));

        given().auth().oauth2(source).when().delete("/v3/customers/{id}", id).then().statusCode(204);

        given().auth().oauth2(source).when().get("/v3/customers/{id}", id).then().statusCode(404);
        given().auth().oauth2(source).when().get("/v3/customers").then().body("meta.total", equalTo(0));
        long again = JobSources.createCustomer(source, joeShmo(organization));
        assertThat(again == id, equalTo(false));
    }

    @Test
    void shouldRefuseToMoveACustomerToAnotherOrganization() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        long other = JobSources.createOrganization(source, "Other Plumbing");
        long id = JobSources.createCustomer(source, joeShmo(organization));

        given().auth().oauth2(source).contentType(ContentType.JSON)
                .body(Map.of("organization_id", other, "first_name", "Moved"))
                .when().patch("/v3/customers/{id}", id)
                .then().statusCode(422).body("error.fields", hasKey("organization_id"));
        given().auth().oauth2(source).when().get("/v3/customers/{id}", id)
                .then().body("customer.organization_id", equalTo((int) organization))
                .body("customer.first_name", equalTo("Joe"));
    }

    @Test
    void shouldRefuseAnOrganizationOutsideTheAccountOrDeleted() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long deleted = JobSources.createOrganization(source, "Gone");
        given().auth().oauth2(source).when().delete("/v3/organizations/{id}", deleted).then().statusCode(204);
        long foreign = JobSources.createOrganization(tokens.client(JobSources.newAccount(), ALL), "Foreign");

        for (long organization : new long[]{deleted, foreign, 999_999_999L}) {
            given().auth().oauth2(source).contentType(ContentType.JSON)
                    .body(Map.of("organization_id", organization, "first_name", "Joe"))
                    .when().post("/v3/customers")
                    .then().statusCode(422)
                    .body("error.fields.organization_id", contains("must be an organization of your account"));
        }
    }

    @Test
    void shouldNameEveryBrokenRule() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        given().auth().oauth2(source).contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email",
                        "phone_numbers", List.of(Map.of("number", "555-1234", "primary", true)),
                        "home_address", Map.of("street_1", "1 Main St", "city", "Toronto", "state", "ON",
                                "postal_code", "02115")))
                .when().post("/v3/customers")
                .then().statusCode(422)
                .body("error.fields.organization_id", contains("is required"))
                .body("error.fields.first_name", contains("is required"))
                .body("error.fields.email", contains("must be an email address"))
                .body("error.fields", hasKey("phone_numbers[0].number"))
                .body("error.fields.'home_address.postal_code'",
                        contains("must be a Canadian postal code (K1A 0B1), as ON is in Canada"));
    }

    @Test
    void shouldNameAWrongTypeAndAnUnknownFieldWithEveryOtherBrokenRule() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        given().auth().oauth2(source).contentType(ContentType.JSON)
                .body(Map.of("organization_id", 1, "first_name", "Jim", "last_name", "Lee", "nickname", "J",
                        "email", "not-an-email",
                        "phone_numbers", List.of(Map.of("number", "555-1234", "primary", "yes"))))
                .when().post("/v3/customers")
                .then().statusCode(422)
                .body("error.fields.nickname", contains(startsWith("is not a field here")))
                .body("error.fields.email", contains("must be an email address"))
                .body("error.fields.'phone_numbers[0].primary'", contains("must be true or false"))
                .body("error.fields", hasKey("phone_numbers[0].number"));
    }

    @Test
    void shouldPublishEveryChangeOfACustomer() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        try (TopicReader topic = new TopicReader(kafka, "fieldline.jobs.customers")) {
            long id = JobSources.createCustomer(source, joeShmo(organization));
            given().auth().oauth2(source).contentType(ContentType.JSON).body(Map.of("first_name", "Changed"))
                    .when().patch("/v3/customers/{id}", id).then().statusCode(200);
            given().auth().oauth2(source).when().delete("/v3/customers/{id}", id).then().statusCode(204);

            ConsumerRecord<String, String> deleted = topic.awaitRecord(record -> record.key().equals(String.valueOf(id))
                    && "fieldline.jobs.customer.deleted.v1".equals(TopicReader.header(record, "ce_type")),
                    Duration.ofSeconds(30));

            assertThat(TopicReader.header(deleted, "ce_accountid"), equalTo(String.valueOf(account)));
            JsonPath data = JsonPath.from(deleted.value());
            assertThat(data.getInt("version"), equalTo(3));
            assertThat(data.getString("first_name"), equalTo("Changed"));
            assertThat(data.getBoolean("deleted"), equalTo(true));
            assertThat(data.getList("phone_numbers.number"), containsInAnyOrder("+15551234567", "+15559876543"));
        }
    }
}
