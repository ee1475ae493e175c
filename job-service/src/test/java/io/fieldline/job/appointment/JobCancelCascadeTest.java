package io.fieldline.job.appointment;

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
import java.util.Map;

import static io.fieldline.job.appointment.Schedules.appointment;
import static io.fieldline.job.appointment.Schedules.createAppointment;
import static io.fieldline.job.job.JobsApiTest.joeShmo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** Seed: Appointments, "Special Status Behavior": canceling a job cancels every appointment of it, in one transaction. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class JobCancelCascadeTest {

    private static final String UPDATED = "fieldline.jobs.appointment.updated.v1";

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    @Test
    void shouldCancelEveryAppointmentOfACanceledJobEachWithItsEvent() {
        Schedules setup = Schedules.setUp(tokens, new Technicians(kafka, database));
        long scheduled = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "scheduled",
                "time", "2026-03-02T09:00:00Z"));
        long complete = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "complete"));
        long untouched = createAppointment(setup.source(), appointment(setup.anotherJob("unscheduled"),
                setup.technician(), "scheduled"));

        try (TopicReader topic = new TopicReader(kafka, "fieldline.jobs.appointments")) {
            given().auth().oauth2(setup.source()).contentType(ContentType.JSON).body(Map.of("status", "canceled"))
                    .when().patch("/v3/jobs/{id}", setup.job())
                    .then().statusCode(200).body("job.status", equalTo("canceled"));

            for (long id : new long[] {scheduled, complete}) {
                ConsumerRecord<String, String> canceled = topic.awaitRecord(
                        record -> record.key().equals(String.valueOf(id))
                                && UPDATED.equals(TopicReader.header(record, "ce_type")), Duration.ofSeconds(30));
                JsonPath data = JsonPath.from(canceled.value());
                assertThat(data.getString("status"), equalTo("canceled"));
                assertThat(data.getInt("version"), equalTo(2));
            }
        }
        given().auth().oauth2(setup.source()).queryParam("filter[job_id_eq]", setup.job())
                .when().get("/v3/appointments")
                .then().statusCode(200)
                .body("meta.total", equalTo(2))
                .body("appointments.status", everyItem(equalTo("canceled")));
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", untouched)
                .then().statusCode(200).body("appointment.status", equalTo("scheduled"));
    }

    @Test
    void shouldLeaveTheAppointmentsAsTheyWereWhenTheCancelIsRefused() {
        Schedules setup = Schedules.setUp(tokens, new Technicians(kafka, database));
        long id = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "scheduled"));
        long otherOrganization = JobSources.createOrganization(setup.source(), "Other");
        long foreign = JobSources.createCustomer(setup.source(), joeShmo(otherOrganization));

        given().auth().oauth2(setup.source()).contentType(ContentType.JSON)
                .body(Map.of("status", "canceled", "customer_id", foreign))
                .when().patch("/v3/jobs/{id}", setup.job())
                .then().statusCode(422);
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", id)
                .then().statusCode(200).body("appointment.status", equalTo("scheduled"));
        given().auth().oauth2(setup.source()).when().get("/v3/jobs/{id}", setup.job())
                .then().statusCode(200).body("job.status", equalTo("scheduled"));
    }
}
