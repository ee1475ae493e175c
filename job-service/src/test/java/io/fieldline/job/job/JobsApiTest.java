package io.fieldline.job.job;

import io.fieldline.job.JobSources;
import io.fieldline.job.Technicians;
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
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** {@code /v3/jobs} as a job source uses it, as the Jobs and "Job Offers" sections of the seed show it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
public class JobsApiTest {

    static final String[] ALL = {"jobs:read", "jobs:write", "customers:read", "customers:write",
            "organizations:read", "organizations:write", "appointments:read", "appointments:write"};

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    /** An organization with the seed's customer Joe Shmo, as a job source of a new account sets them up. */
    record Setup(String source, long account, long organization, long customer) {
    }

    Setup setUp() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        return new Setup(source, account, organization, JobSources.createCustomer(source, joeShmo(organization)));
    }

    public static Map<String, Object> joeShmo(long organization) {
        return Map.of("organization_id", organization, "first_name", "Joe", "last_name", "Shmo",
                "external_ids", List.of("AAA123"), "email", "joe.shmo@gmail.com",
                "phone_numbers", List.of(Map.of("number", "+15555555555", "type", "mobile", "primary", true)));
    }

    /** The seed's "Create a Job" request, for the customer and organization, in {@code status}. */
    public static Map<String, Object> fixTheToilet(long customer, long organization, String status) {
        return Map.of(
                "title", "Fix the Toilet",
                "description", "The toilet is **clogged**.",
                "service_type", "PLB",
                "address", Map.of("street_1", "1234 Test Avenue", "city", "Boston", "state", "MA",
                        "postal_code", "02115", "timezone", "America/New_York"),
                "status", status,
                "customer_id", customer,
                "organization_id", organization);
    }

    public static long createJob(String token, Map<String, Object> job) {
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON).body(job)
                .when().post("/v3/jobs")
                .then().statusCode(201).extract().path("job.id")).longValue();
    }

    @Test
    void shouldCreateAJobAsTheDocumentShows() {
        Setup setup = setUp();

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(fixTheToilet(setup.customer(), setup.organization(), "offered"))
                .when().post("/v3/jobs")
                .then().statusCode(201)
                .body("job.id", notNullValue())
                .body("job.title", equalTo("Fix the Toilet"))
                .body("job.description", equalTo("The toilet is **clogged**."))
                .body("job.service_type", equalTo("PLB"))
                .body("job.address.street_1", equalTo("1234 Test Avenue"))
                .body("job.address.city", equalTo("Boston"))
                .body("job.address.state", equalTo("MA"))
                .body("job.address.postal_code", equalTo("02115"))
                .body("job.address.timezone", equalTo("America/New_York"))
                .body("job.organization_id", equalTo((int) setup.organization()))
                .body("job.status", equalTo("offered"))
                .body("job.customer_id", equalTo((int) setup.customer()))
                .body("job.customer.id", equalTo((int) setup.customer()))
                .body("job.customer.first_name", equalTo("Joe"))
                .body("job.customer.last_name", equalTo("Shmo"))
                .body("job.customer.external_ids", contains("AAA123"))
                .body("job.customer.email", equalTo("joe.shmo@gmail.com"))
                .body("job.customer.phone_numbers.number", contains("+15555555555"))
                .body("job.customer.phone_numbers.type", contains("mobile"))
                .body("job.customer.phone_numbers.primary", contains(true));
    }

    @Test
    void shouldViewASingleJobAsTheDocumentShows() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200)
                .body("job.id", equalTo((int) id))
                .body("job.title", equalTo("Fix the Toilet"))
                .body("job.status", equalTo("offered"))
                .body("job.address.timezone", equalTo("America/New_York"))
                .body("job.customer.first_name", equalTo("Joe"))
                .body("job.customer.phone_numbers.number", contains("+15555555555"));
    }

    @Test
    void shouldKeepEveryAttributeOfTheSeed() {
        Setup setup = setUp();
        Map<String, Object> job = new HashMap<>(fixTheToilet(setup.customer(), setup.organization(), "unscheduled"));
        job.put("external_ids", List.of("JOB-1", "JOB-2"));
        job.put("brand_id", 42);
        job.put("service_fee", 89.5);
        job.put("status_message", "Waiting for parts");
        long id = createJob(setup.source(), job);

        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200)
                .body("job.external_ids", contains("JOB-1", "JOB-2"))
                .body("job.brand_id", equalTo(42))
                .body("job.service_fee", equalTo(89.5f))
                .body("job.status_message", equalTo("Waiting for parts"));
    }

    @Test
    void shouldUpdateAJobToCanceledAsTheDocumentShows() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "unscheduled"));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("status", "canceled"))
                .when().patch("/v3/jobs/{id}", id)
                .then().statusCode(200)
                .body("job.id", equalTo((int) id))
                .body("job.title", equalTo("Fix the Toilet"))
                .body("job.status", equalTo("canceled"))
                .body("job.customer.first_name", equalTo("Joe"));
    }

    @Test
    void shouldMoveBetweenTheOrdinaryStatusesFreely() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "complete"));
        for (String status : List.of("paused", "scheduled", "unscheduled", "canceled", "complete")) {
            given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("status", status))
                    .when().patch("/v3/jobs/{id}", id)
                    .then().statusCode(200).body("job.status", equalTo(status));
        }
    }

    @Test
    void shouldChangeTheUpdatableAttributesAndClearTheOptionalOnes() {
        Setup setup = setUp();
        Map<String, Object> job = new HashMap<>(fixTheToilet(setup.customer(), setup.organization(), "unscheduled"));
        job.put("service_fee", 10);
        long id = createJob(setup.source(), job);
        long other = JobSources.createCustomer(setup.source(), Map.of("organization_id", setup.organization(),
                "first_name", "Ann", "email", "ann@example.com"));
        Map<String, Object> changes = new HashMap<>();
        changes.put("title", "Fix the Sink");
        changes.put("description", null);
        changes.put("service_fee", null);
        changes.put("customer_id", other);
        changes.put("address", Map.of("street_1", "1 Elm St", "city", "Austin", "state", "TX", "postal_code", "78701"));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(changes)
                .when().patch("/v3/jobs/{id}", id)
                .then().statusCode(200)
                .body("job.title", equalTo("Fix the Sink"))
                .body("job", not(hasKey("description")))
                .body("job", not(hasKey("service_fee")))
                .body("job.customer_id", equalTo((int) other))
                .body("job.customer.first_name", equalTo("Ann"))
                .body("job.address.timezone", equalTo("America/Chicago"));
    }

    @Test
    void shouldRefuseTheAttributesTheSeedMarksNotUpdatableNamingEach() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "unscheduled"));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(Map.of("organization_id", setup.organization(), "external_ids", List.of("X"), "brand_id", 1,
                        "title", "Changed"))
                .when().patch("/v3/jobs/{id}", id)
                .then().statusCode(422)
                .body("error.fields", hasKey("organization_id"))
                .body("error.fields", hasKey("external_ids"))
                .body("error.fields", hasKey("brand_id"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.title", equalTo("Fix the Toilet"));
    }

    @Test
    void shouldLeaveOfferedOnlyThroughAcceptOrReject() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("status", "canceled"))
                .when().patch("/v3/jobs/{id}", id)
                .then().statusCode(422)
                .body("error.fields.status", contains("cannot leave offered by an update;"
                        + " accept or reject the job (POST /v3/jobs/:id/accept or /reject)"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("title", "Still offered"))
                .when().patch("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.status", equalTo("offered"));
    }

    @Test
    void shouldAcceptAnOfferWithAnAppointmentIntoScheduledCreatingTheAppointment() {
        Setup setup = setUp();
        long technician = new Technicians(kafka, database).technician(setup.account(), setup.organization());
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        try (TopicReader topic = new TopicReader(kafka, "fieldline.jobs.jobs")) {
            given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                    .body(Map.of("appointment", Map.of("time", "2026-12-01T15:00:00Z", "duration", 3600,
                            "user_id", technician)))
                    .when().post("/v3/jobs/{id}/accept", id)
                    .then().statusCode(200).body("job.status", equalTo("scheduled"));

            ConsumerRecord<String, String> accepted = topic.awaitRecord(record -> record.key().equals(String.valueOf(id))
                    && "fieldline.jobs.job.accepted.v1".equals(TopicReader.header(record, "ce_type")),
                    Duration.ofSeconds(30));
            JsonPath data = JsonPath.from(accepted.value());
            assertThat(data.getString("status"), equalTo("scheduled"));
            assertThat(data.getInt("version"), equalTo(2));
        }
        given().auth().oauth2(setup.source()).queryParam("filter[job_id_in]", id).when().get("/v3/appointments")
                .then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("appointments[0].job_id", equalTo((int) id))
                .body("appointments[0].organization_id", equalTo((int) setup.organization()))
                .body("appointments[0].status", equalTo("scheduled"))
                .body("appointments[0].time", equalTo("2026-12-01T15:00:00Z"))
                .body("appointments[0].duration", equalTo(3600))
                .body("appointments[0].user_id", equalTo((int) technician));
    }

    @Test
    void shouldGiveTheAppointmentOfAnAcceptTheDefaultDuration() {
        Setup setup = setUp();
        long technician = new Technicians(kafka, database).technician(setup.account(), setup.organization());
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(Map.of("appointment", Map.of("time", "2026-12-01T15:00:00+01:00", "user_id", technician)))
                .when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(200).body("job.status", equalTo("scheduled"));
        given().auth().oauth2(setup.source()).queryParam("filter[job_id_eq]", id).when().get("/v3/appointments")
                .then().statusCode(200)
                .body("appointments[0].time", equalTo("2026-12-01T14:00:00Z"))
                .body("appointments[0].duration", equalTo(7200));
    }

    @Test
    void shouldAssignTheAppointmentOfAnAcceptOnlyToAnActiveTechnicianOfTheJobsOrganization() {
        Setup setup = setUp();
        Technicians technicians = new Technicians(kafka, database);
        long otherOrganization = JobSources.createOrganization(setup.source(), "Other");
        List<Long> unassignable = List.of(
                technicians.technician(setup.account(), otherOrganization),
                technicians.user(setup.account(), setup.organization(), List.of("technician"), false),
                technicians.user(setup.account(), setup.organization(), List.of("dispatcher"), true),
                technicians.technician(JobSources.newAccount(), setup.organization()),
                987_654_321L);
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        for (long user : unassignable) {
            given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                    .body(Map.of("appointment", Map.of("time", "2026-12-01T15:00:00Z", "user_id", user)))
                    .when().post("/v3/jobs/{id}/accept", id)
                    .then().statusCode(422)
                    .body("error.fields.'appointment.user_id'",
                            contains("must be an active technician of the job's organization"));
        }
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.status", equalTo("offered"));
        given().auth().oauth2(setup.source()).queryParam("filter[job_id_eq]", id).when().get("/v3/appointments")
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void shouldAcceptAnOfferWithoutAnAppointmentIntoUnscheduled() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        given().auth().oauth2(setup.source()).when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(200).body("job.status", equalTo("unscheduled"));
    }

    @Test
    void shouldRefuseAnAcceptBodyThatIsNotJson() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        given().auth().oauth2(setup.source()).contentType(ContentType.TEXT).body("appointment=tomorrow")
                .when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(415).body("error.code", equalTo("unsupported_media_type"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.status", equalTo("offered"));
    }

    @Test
    void shouldRejectAnOfferIntoRejected() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        given().auth().oauth2(setup.source()).when().post("/v3/jobs/{id}/reject", id)
                .then().statusCode(200).body("job.status", equalTo("rejected"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.status", equalTo("rejected"));
    }

    @Test
    void shouldAnswerOnlyAnOfferNamingStatus() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "unscheduled"));

        given().auth().oauth2(setup.source()).when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(422)
                .body("error.fields.status", contains("must be offered to accept or reject the job; it is unscheduled"));
        given().auth().oauth2(setup.source()).when().post("/v3/jobs/{id}/reject", id)
                .then().statusCode(422).body("error.fields", hasKey("status"));
    }

    @Test
    void shouldNameTheBrokenFieldsOfAnAcceptsAppointment() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "offered"));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(Map.of("appointment", Map.of("duration", -5)))
                .when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(422)
                .body("error.fields.'appointment.time'", contains("is required"))
                .body("error.fields.'appointment.user_id'", contains("is required"))
                .body("error.fields.'appointment.duration'", contains("must be a positive number of seconds"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(Map.of("appointment", Map.of("time", "tomorrow", "duration", 0, "user_id", "x")))
                .when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(422)
                .body("error.fields.'appointment.time'",
                        contains("must be an ISO-8601 timestamp with a zone, such as 2017-01-01T00:00:00Z"))
                .body("error.fields.'appointment.duration'", contains("must be a positive number of seconds"))
                .body("error.fields.'appointment.user_id'", contains("must be a positive integer id"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(Map.of("appointment", Map.of("time", "2026-12-01T15:00:00", "duration", "an hour",
                        "user_id", 5)))
                .when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(422)
                .body("error.fields.'appointment.time'",
                        contains("must be an ISO-8601 timestamp with a zone, such as 2017-01-01T00:00:00Z"))
                .body("error.fields.'appointment.duration'", contains("must be an integer"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(Map.of("appointment", Map.of("time", 20261201, "duration", 604_801, "user_id", 5)))
                .when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(422)
                .body("error.fields.'appointment.time'", contains("must be a string"))
                .body("error.fields.'appointment.duration'", contains("must be at most 604800 seconds"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.status", equalTo("offered"));
    }

    @Test
    void shouldRefuseToCreateARejectedJobNamingStatus() {
        Setup setup = setUp();
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(fixTheToilet(setup.customer(), setup.organization(), "rejected"))
                .when().post("/v3/jobs")
                .then().statusCode(422).body("error.fields.status", contains("must be one of offered, unscheduled,"
                        + " scheduled, paused, complete, canceled; a job becomes rejected only through"
                        + " POST /v3/jobs/:id/reject"));
        given().auth().oauth2(setup.source()).queryParam("filter[customer_id_eq]", setup.customer())
                .when().get("/v3/jobs")
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void shouldRefuseToUpdateAJobIntoOfferedOrRejectedNamingStatus() {
        Setup setup = setUp();
        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "unscheduled"));

        for (String status : List.of("offered", "rejected")) {
            given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("status", status))
                    .when().patch("/v3/jobs/{id}", id)
                    .then().statusCode(422).body("error.fields.status", contains("must be one of unscheduled,"
                            + " scheduled, paused, complete, canceled; a job is offered only when created so and"
                            + " rejected only through POST /v3/jobs/:id/reject"));
        }
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.status", equalTo("unscheduled"));
    }

    @Test
    void shouldRefuseAnUnknownStatusListingTheValidOnes() {
        Setup setup = setUp();
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(fixTheToilet(setup.customer(), setup.organization(), "accepted"))
                .when().post("/v3/jobs")
                .then().statusCode(422).body("error.fields.status", contains("must be one of offered, unscheduled,"
                        + " scheduled, paused, complete, canceled; a job becomes rejected only through"
                        + " POST /v3/jobs/:id/reject"));
    }

    @Test
    void shouldNameEveryMissingRequiredAttribute() {
        Setup setup = setUp();
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("description", "x"))
                .when().post("/v3/jobs")
                .then().statusCode(422)
                .body("error.fields.title", contains("is required"))
                .body("error.fields.address", contains("is required"))
                .body("error.fields.customer_id", contains("is required"))
                .body("error.fields.organization_id", contains("is required"))
                .body("error.fields.status", contains("is required"));
    }

    @Test
    void shouldRequireALiveCustomerOfTheJobsOrganization() {
        Setup setup = setUp();
        long otherOrganization = JobSources.createOrganization(setup.source(), "Other");
        long foreign = JobSources.createCustomer(setup.source(), joeShmo(otherOrganization));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(fixTheToilet(foreign, setup.organization(), "offered"))
                .when().post("/v3/jobs")
                .then().statusCode(422)
                .body("error.fields.customer_id", contains("must be a customer of the job's organization"));

        long deleted = JobSources.createCustomer(setup.source(), Map.of("organization_id", setup.organization(),
                "first_name", "Gone", "email", "gone@example.com"));
        given().auth().oauth2(setup.source()).when().delete("/v3/customers/{id}", deleted).then().statusCode(204);
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(fixTheToilet(deleted, setup.organization(), "offered"))
                .when().post("/v3/jobs")
                .then().statusCode(422).body("error.fields", hasKey("customer_id"));

        long id = createJob(setup.source(), fixTheToilet(setup.customer(), setup.organization(), "unscheduled"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("customer_id", foreign))
                .when().patch("/v3/jobs/{id}", id)
                .then().statusCode(422).body("error.fields", hasKey("customer_id"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs?filter[customer_id_eq]=" + foreign)
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void shouldRequireALiveOrganizationOfTheAccount() {
        Setup setup = setUp();
        long deleted = JobSources.createOrganization(setup.source(), "Closed");
        given().auth().oauth2(setup.source()).when().delete("/v3/organizations/{id}", deleted).then().statusCode(204);

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(fixTheToilet(setup.customer(), deleted, "offered"))
                .when().post("/v3/jobs")
                .then().statusCode(422)
                .body("error.fields.organization_id", contains("must be an organization of your account"));
    }
}
