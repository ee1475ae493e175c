package io.fieldline.job.appointment;

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
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.fieldline.job.appointment.Schedules.appointment;
import static io.fieldline.job.appointment.Schedules.createAppointment;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** {@code /v3/appointments} as a job source uses it, as the Appointments section of the seed shows it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class AppointmentsApiTest {

    private static final String SEED_TIME = "2017-01-01T00:00:00Z";

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    Schedules setUp() {
        return Schedules.setUp(tokens, new Technicians(kafka, database));
    }

    @Test
    void shouldCreateAnAppointmentAsTheDocumentShows() {
        Schedules setup = setUp();

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(appointment(setup.job(), setup.technician(), "scheduled", "time", SEED_TIME, "duration", 3600))
                .when().post("/v3/appointments")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("appointment.id", notNullValue())
                .body("appointment", isTheSeedsScheduledAppointment(setup, SEED_TIME, 3600, setup.technician()));
    }

    @Test
    void shouldViewASingleAppointmentAsTheDocumentShows() {
        Schedules setup = setUp();
        long id = createAppointment(setup.source(),
                appointment(setup.job(), setup.technician(), "scheduled", "time", SEED_TIME, "duration", 3600));

        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", id)
                .then().statusCode(200)
                .body("appointment.id", equalTo((int) id))
                .body("appointment", isTheSeedsScheduledAppointment(setup, SEED_TIME, 3600, setup.technician()));
    }

    @Test
    void shouldUpdateAnAppointmentAsTheDocumentShows() {
        Schedules setup = setUp();
        long other = new Technicians(kafka, database).technician(setup.account(), setup.organization());
        long id = createAppointment(setup.source(),
                appointment(setup.job(), setup.technician(), "scheduled", "time", SEED_TIME, "duration", 3600));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(Map.of("time", "2017-01-02T00:00:00Z", "duration", 7200, "user_id", other))
                .when().patch("/v3/appointments/{id}", id)
                .then().statusCode(200)
                .body("appointment.id", equalTo((int) id))
                .body("appointment", isTheSeedsScheduledAppointment(setup, "2017-01-02T00:00:00Z", 7200, other));
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", id)
                .then().statusCode(200).body("appointment.time", equalTo("2017-01-02T00:00:00Z"));
    }

    @Test
    void shouldDeleteAnAppointmentWithItsLastStateInTheDeletedEvent() {
        Schedules setup = setUp();
        long id = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "draft"));

        try (TopicReader topic = new TopicReader(kafka, "fieldline.jobs.appointments")) {
            given().auth().oauth2(setup.source()).when().delete("/v3/appointments/{id}", id)
                    .then().statusCode(204);

            ConsumerRecord<String, String> deleted = topic.awaitRecord(record -> record.key().equals(String.valueOf(id))
                    && "fieldline.jobs.appointment.deleted.v1".equals(TopicReader.header(record, "ce_type")),
                    Duration.ofSeconds(30));
            JsonPath data = JsonPath.from(deleted.value());
            assertThat(data.getString("status"), equalTo("draft"));
            assertThat(data.getInt("version"), equalTo(2));
        }
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", id).then().statusCode(404);
        given().auth().oauth2(setup.source()).when().delete("/v3/appointments/{id}", id).then().statusCode(404);
        given().auth().oauth2(setup.source()).queryParam("filter[job_id_eq]", setup.job())
                .when().get("/v3/appointments")
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void shouldLastTwoHoursWhenTheDurationIsNotGivenAndNeedNoTimeOrTechnician() {
        Schedules setup = setUp();

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(appointment(setup.job(), null, "draft"))
                .when().post("/v3/appointments")
                .then().statusCode(201)
                .body("appointment.duration", equalTo(7200))
                .body("appointment.status", equalTo("draft"))
                .body("appointment", not(hasKey("time")))
                .body("appointment", not(hasKey("user_id")));
    }

    @Test
    void shouldMoveFreelyBetweenTheStatusesOfTheSeed() {
        Schedules setup = setUp();
        long id = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "complete"));
        for (String status : List.of("draft", "scheduled", "enroute", "in_progress", "canceled", "complete",
                "enroute", "draft")) {
            given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("status", status))
                    .when().patch("/v3/appointments/{id}", id)
                    .then().statusCode(200).body("appointment.status", equalTo(status));
        }
    }

    @Test
    void shouldScheduleTheJobWhenAScheduledAppointmentIsCreated() {
        Schedules setup = setUp();
        try (TopicReader topic = new TopicReader(kafka, "fieldline.jobs.jobs")) {
            createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "scheduled",
                    "time", SEED_TIME));

            ConsumerRecord<String, String> updated = topic.awaitRecord(
                    record -> record.key().equals(String.valueOf(setup.job()))
                            && "fieldline.jobs.job.updated.v1".equals(TopicReader.header(record, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(JsonPath.from(updated.value()).getString("status"), equalTo("scheduled"));
        }
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", setup.job())
                .then().statusCode(200).body("job.status", equalTo("scheduled"));
    }

    @Test
    void shouldScheduleTheJobWhenAnAppointmentIsUpdatedToScheduled() {
        Schedules setup = setUp();
        long paused = setup.anotherJob("paused");
        long id = createAppointment(setup.source(), appointment(paused, setup.technician(), "draft"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", paused)
                .then().statusCode(200).body("job.status", equalTo("paused"));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("status", "scheduled"))
                .when().patch("/v3/appointments/{id}", id)
                .then().statusCode(200).body("appointment.status", equalTo("scheduled"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", paused)
                .then().statusCode(200).body("job.status", equalTo("scheduled"));
    }

    @Test
    void shouldClearTheTimeAndUnassignTheTechnicianWithNull() {
        Schedules setup = setUp();
        long id = createAppointment(setup.source(),
                appointment(setup.job(), setup.technician(), "draft", "time", SEED_TIME));
        Map<String, Object> changes = new HashMap<>();
        changes.put("time", null);
        changes.put("user_id", null);

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(changes)
                .when().patch("/v3/appointments/{id}", id)
                .then().statusCode(200)
                .body("appointment", not(hasKey("time")))
                .body("appointment", not(hasKey("user_id")))
                .body("appointment.duration", equalTo(7200));
    }

    @Test
    void shouldNameEveryBrokenAttributeOfACreate() {
        Schedules setup = setUp();

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("duration", 3600))
                .when().post("/v3/appointments")
                .then().statusCode(422)
                .body("error.fields.job_id", contains("is required"))
                .body("error.fields.status", contains("is required"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(appointment(setup.job(), setup.technician(), "accepted", "time", "next tuesday",
                        "duration", 0))
                .when().post("/v3/appointments")
                .then().statusCode(422)
                .body("error.fields.status",
                        contains("must be one of draft, scheduled, enroute, in_progress, complete, canceled"))
                .body("error.fields.time",
                        contains("must be an ISO-8601 timestamp with a zone, such as 2017-01-01T00:00:00Z"))
                .body("error.fields.duration", contains("must be a positive number of seconds"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(appointment(setup.job(), setup.technician(), "draft", "organization_id", setup.organization()))
                .when().post("/v3/appointments")
                .then().statusCode(422).body("error.fields", hasKey("organization_id"));
        given().auth().oauth2(setup.source()).queryParam("filter[job_id_eq]", setup.job())
                .when().get("/v3/appointments")
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void shouldAssignOnlyAnActiveTechnicianOfTheJobsOrganization() {
        Schedules setup = setUp();
        Technicians technicians = new Technicians(kafka, database);
        long inactive = technicians.user(setup.account(), setup.organization(), List.of("technician"), false);
        long dispatcher = technicians.user(setup.account(), setup.organization(), List.of("dispatcher"), true);
        long id = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "draft"));

        for (long user : List.of(inactive, dispatcher, 987_654_321L)) {
            given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                    .body(appointment(setup.job(), user, "draft"))
                    .when().post("/v3/appointments")
                    .then().statusCode(422)
                    .body("error.fields.user_id", contains("must be an active technician of the job's organization"));
            given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("user_id", user))
                    .when().patch("/v3/appointments/{id}", id)
                    .then().statusCode(422)
                    .body("error.fields.user_id", contains("must be an active technician of the job's organization"));
        }
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", id)
                .then().statusCode(200).body("appointment.user_id", equalTo((int) setup.technician()));
    }

    @Test
    void shouldTakeAppointmentsOnlyForAJobThatIsNeitherOfferedNorRejected() {
        Schedules setup = setUp();
        long offered = setup.anotherJob("offered");
        long rejected = setup.anotherJob("offered");
        given().auth().oauth2(setup.source()).when().post("/v3/jobs/{id}/reject", rejected).then().statusCode(200);

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(appointment(offered, setup.technician(), "scheduled"))
                .when().post("/v3/appointments")
                .then().statusCode(422).body("error.fields.job_id", contains(
                        "must not be an offer; accept it with an appointment instead (POST /v3/jobs/:id/accept)"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(appointment(rejected, setup.technician(), "scheduled"))
                .when().post("/v3/appointments")
                .then().statusCode(422)
                .body("error.fields.job_id", contains("must not be a rejected job; it is read-only"));
        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(appointment(987_654_321L, setup.technician(), "scheduled"))
                .when().post("/v3/appointments")
                .then().statusCode(422).body("error.fields.job_id", contains("must be a job of your account"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", offered)
                .then().statusCode(200).body("job.status", equalTo("offered"));
    }

    @Test
    void shouldKeepAnAppointmentWithItsJob() {
        Schedules setup = setUp();
        long other = setup.anotherJob("unscheduled");
        long id = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "draft"));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("job_id", other, "status",
                        "scheduled"))
                .when().patch("/v3/appointments/{id}", id)
                .then().statusCode(422)
                .body("error.fields.job_id", contains("cannot be changed; an appointment stays with its job"));
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", id)
                .then().statusCode(200)
                .body("appointment.job_id", equalTo((int) setup.job()))
                .body("appointment.status", equalTo("draft"));
    }

    /** The attributes of the seed's appointment responses: the setup's job and organization, scheduled. */
    private static Matcher<Map<String, ?>> isTheSeedsScheduledAppointment(Schedules setup, String time, int duration,
                                                                          long user) {
        return allOf(hasEntry("job_id", (Object) (int) setup.job()),
                hasEntry("organization_id", (Object) (int) setup.organization()),
                hasEntry("status", (Object) "scheduled"),
                hasEntry("time", (Object) time),
                hasEntry("duration", (Object) duration),
                hasEntry("user_id", (Object) (int) user));
    }
}
