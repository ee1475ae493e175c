package io.fieldline.job.appointment;

import io.fieldline.job.JobSources;
import io.fieldline.job.Technicians;
import io.fieldline.testkit.BadInputSweep;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.fieldline.job.appointment.Schedules.ALL;
import static io.fieldline.job.appointment.Schedules.appointment;
import static io.fieldline.job.appointment.Schedules.createAppointment;
import static io.fieldline.job.job.JobsApiTest.createJob;
import static io.fieldline.job.job.JobsApiTest.fixTheToilet;
import static io.fieldline.job.job.JobsApiTest.joeShmo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who reaches which appointment: a job source its account's, a user its organization's (a dispatcher reads and
 * writes, a technician-only user reads and changes the status of its own), nobody another account's (404, never 403).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class AppointmentAccessTest {

    private static final List<String> DISPATCHER = List.of("dispatcher");
    private static final List<String> TECHNICIAN = List.of("technician");

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    @Test
    void shouldLetADispatcherReadAndWriteOnlyTheAppointmentsOfItsOrganization() {
        Technicians technicians = new Technicians(kafka, database);
        Schedules setup = Schedules.setUp(tokens, technicians);
        long other = JobSources.createOrganization(setup.source(), "Other");
        long otherJob = createJob(setup.source(), fixTheToilet(JobSources.createCustomer(setup.source(),
                joeShmo(other)), other, "unscheduled"));
        long theirs = createAppointment(setup.source(), appointment(otherJob, technicians.technician(setup.account(),
                other), "draft"));
        String dispatcher = tokens.user(setup.account(), 501, setup.organization(), DISPATCHER, ALL);

        long mine = createAppointment(dispatcher, appointment(setup.job(), setup.technician(), "draft"));
        given().auth().oauth2(dispatcher).when().get("/v3/appointments")
                .then().statusCode(200).body("appointments.id", contains((int) mine)).body("meta.total", equalTo(1));
        given().auth().oauth2(dispatcher).queryParam("filter[organization_id_eq]", other)
                .when().get("/v3/appointments")
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(dispatcher).contentType(ContentType.JSON).body(Map.of("duration", 600))
                .when().patch("/v3/appointments/{id}", mine)
                .then().statusCode(200).body("appointment.duration", equalTo(600));
        given().auth().oauth2(dispatcher).when().get("/v3/appointments/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(dispatcher).contentType(ContentType.JSON).body(Map.of("status", "canceled"))
                .when().patch("/v3/appointments/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(dispatcher).when().delete("/v3/appointments/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(dispatcher).contentType(ContentType.JSON)
                .body(appointment(otherJob, null, "draft"))
                .when().post("/v3/appointments")
                .then().statusCode(422).body("error.fields.job_id", contains("must be a job of your organization"));
        given().auth().oauth2(dispatcher).when().delete("/v3/appointments/{id}", mine).then().statusCode(204);
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", theirs)
                .then().statusCode(200).body("appointment.status", equalTo("draft"));
    }

    @Test
    void shouldLetATechnicianChangeOnlyTheStatusOfItsOwnAppointments() {
        Technicians technicians = new Technicians(kafka, database);
        Schedules setup = Schedules.setUp(tokens, technicians);
        long colleague = technicians.technician(setup.account(), setup.organization());
        long own = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "scheduled",
                "time", "2026-03-02T09:00:00Z"));
        long colleagues = createAppointment(setup.source(), appointment(setup.job(), colleague, "scheduled"));
        String technician = tokens.user(setup.account(), setup.technician(), setup.organization(), TECHNICIAN, ALL);

        given().auth().oauth2(technician).when().get("/v3/appointments")
                .then().statusCode(200).body("meta.total", equalTo(2));
        given().auth().oauth2(technician).when().get("/v3/appointments/{id}", colleagues).then().statusCode(200);
        given().auth().oauth2(technician).contentType(ContentType.JSON).body(Map.of("status", "enroute"))
                .when().patch("/v3/appointments/{id}", own)
                .then().statusCode(200).body("appointment.status", equalTo("enroute"));
        given().auth().oauth2(technician).contentType(ContentType.JSON).body(Map.of("status", "enroute"))
                .when().patch("/v3/appointments/{id}", colleagues)
                .then().statusCode(403);
        given().auth().oauth2(technician).contentType(ContentType.JSON)
                .body(Map.of("status", "in_progress", "time", "2026-03-03T09:00:00Z"))
                .when().patch("/v3/appointments/{id}", own)
                .then().statusCode(403);
        given().auth().oauth2(technician).contentType(ContentType.JSON)
                .body(appointment(setup.job(), setup.technician(), "draft"))
                .when().post("/v3/appointments")
                .then().statusCode(403);
        given().auth().oauth2(technician).when().delete("/v3/appointments/{id}", own).then().statusCode(403);
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", own)
                .then().statusCode(200)
                .body("appointment.status", equalTo("enroute"))
                .body("appointment.time", equalTo("2026-03-02T09:00:00Z"));
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", colleagues)
                .then().statusCode(200).body("appointment.status", equalTo("scheduled"));
    }

    @Test
    void shouldAnswer404ToAnotherAccountOnEveryRoute() {
        Schedules setup = Schedules.setUp(tokens, new Technicians(kafka, database));
        long id = createAppointment(setup.source(), appointment(setup.job(), setup.technician(), "draft"));
        long account = JobSources.newAccount();
        String otherSource = tokens.client(account, ALL);
        String otherUser = tokens.user(account, 501, setup.organization(), DISPATCHER, ALL);

        for (String other : List.of(otherSource, otherUser)) {
            given().auth().oauth2(other).when().get("/v3/appointments/{id}", id).then().statusCode(404);
            given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("status", "canceled"))
                    .when().patch("/v3/appointments/{id}", id).then().statusCode(404);
            given().auth().oauth2(other).when().delete("/v3/appointments/{id}", id).then().statusCode(404);
            given().auth().oauth2(other).when().get("/v3/appointments").then().statusCode(200)
                    .body("meta.total", equalTo(0));
            given().auth().oauth2(other).queryParam("filter[job_id_eq]", setup.job()).when().get("/v3/appointments")
                    .then().statusCode(200).body("meta.total", equalTo(0));
            given().auth().oauth2(other).contentType(ContentType.JSON)
                    .body(appointment(setup.job(), null, "draft"))
                    .when().post("/v3/appointments")
                    .then().statusCode(422).body("error.fields.job_id.size()", equalTo(1));
        }
        given().auth().oauth2(setup.source()).when().get("/v3/appointments/{id}", id)
                .then().statusCode(200).body("appointment.status", equalTo("draft"));
        given().auth().oauth2(setup.source()).when().get("/v3/appointments")
                .then().statusCode(200).body("meta.total", equalTo(1));
    }

    @Test
    void shouldRefuseATokenWithoutTheAppointmentsScopes() {
        Schedules setup = Schedules.setUp(tokens, new Technicians(kafka, database));
        long id = createAppointment(setup.source(), appointment(setup.job(), null, "draft"));
        String jobsOnly = tokens.client(setup.account(), "jobs:read", "jobs:write");
        String readOnly = tokens.client(setup.account(), "appointments:read");

        given().auth().oauth2(jobsOnly).when().get("/v3/appointments/{id}", id).then().statusCode(403);
        given().auth().oauth2(readOnly).when().get("/v3/appointments/{id}", id).then().statusCode(200);
        given().auth().oauth2(readOnly).when().delete("/v3/appointments/{id}", id).then().statusCode(403);
        given().auth().oauth2(readOnly).contentType(ContentType.JSON).body(Map.of("status", "canceled"))
                .when().patch("/v3/appointments/{id}", id).then().statusCode(403);
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputOnEveryAppointmentsRouteNamingTheField() {
        return new BadInputSweep(tokens.client(JobSources.newAccount(), ALL)).under("/v3/appointments");
    }
}
