package io.fieldline.job.appointment;

import io.fieldline.job.JobSources;
import io.fieldline.job.Technicians;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static io.fieldline.job.appointment.Schedules.appointment;
import static io.fieldline.job.appointment.Schedules.createAppointment;
import static io.fieldline.job.job.JobsApiTest.createJob;
import static io.fieldline.job.job.JobsApiTest.fixTheToilet;
import static io.fieldline.job.job.JobsApiTest.joeShmo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/**
 * {@code GET /v3/appointments} with every query parameter of the seed (Appointments, "Query Parameters"), paged and
 * ordered by id.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class AppointmentListTest {

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    @Test
    void shouldListAppointmentsByEachFilterOfTheSeed() {
        Technicians technicians = new Technicians(kafka, database);
        Schedules setup = Schedules.setUp(tokens, technicians);
        String source = setup.source();
        long mike = setup.technician();
        long ann = technicians.technician(setup.account(), setup.organization());
        long secondJob = setup.anotherJob("unscheduled");
        long heating = JobSources.createOrganization(source, "Heating");
        long heatingJob = createJob(source, fixTheToilet(JobSources.createCustomer(source, joeShmo(heating)), heating,
                "unscheduled"));
        long bob = technicians.technician(setup.account(), heating);

        long morning = createAppointment(source, appointment(setup.job(), mike, "scheduled",
                "time", "2026-03-02T09:00:00Z"));
        long noon = createAppointment(source, appointment(setup.job(), ann, "enroute", "time", "2026-03-02T12:00:00Z"));
        long unassigned = createAppointment(source, appointment(secondJob, null, "draft"));
        long evening = createAppointment(source, appointment(heatingJob, bob, "complete",
                "time", "2026-03-02T18:00:00-05:00"));

        assertIds(source, Map.of(), morning, noon, unassigned, evening);
        assertIds(source, Map.of("filter[job_id_eq]", String.valueOf(setup.job())), morning, noon);
        assertIds(source, Map.of("filter[job_id_in]", secondJob + "," + heatingJob), unassigned, evening);
        assertIds(source, Map.of("filter[organization_id_eq]", String.valueOf(heating)), evening);
        assertIds(source, Map.of("filter[status_eq]", "enroute"), noon);
        assertIds(source, Map.of("filter[status_in]", "draft,complete"), unassigned, evening);
        assertIds(source, Map.of("filter[time_gt]", "2026-03-02T09:00:00Z"), noon, evening);
        assertIds(source, Map.of("filter[time_gteq]", "2026-03-02T09:00:00Z"), morning, noon, evening);
        assertIds(source, Map.of("filter[time_lt]", "2026-03-02T12:00:00Z"), morning);
        assertIds(source, Map.of("filter[time_lteq]", "2026-03-02T12:00:00Z"), morning, noon);
        assertIds(source, Map.of("filter[time_gteq]", "2026-03-02T10:00:00+01:00",
                "filter[time_lt]", "2026-03-02T23:00:01Z"), morning, noon, evening);
        assertIds(source, Map.of("filter[user_id_eq]", String.valueOf(ann)), noon);
        assertIds(source, Map.of("filter[user_id_in]", mike + "," + bob), morning, evening);
        assertIds(source, Map.of("filter[user_id_null]", "true"), unassigned);
        assertIds(source, Map.of("filter[user_id_null]", "false"), morning, noon, evening);
        assertIds(source, Map.of("filter[user_id_in]", mike + "," + ann, "filter[time_gteq]", "2026-03-02T00:00:00Z",
                "filter[time_lt]", "2026-03-03T00:00:00Z"), morning, noon);
    }

    @Test
    void shouldPageByLimitAndOffsetWithMeta() {
        Schedules setup = Schedules.setUp(tokens, new Technicians(kafka, database));
        long first = createAppointment(setup.source(), appointment(setup.job(), null, "draft"));
        long second = createAppointment(setup.source(), appointment(setup.job(), null, "draft"));
        long third = createAppointment(setup.source(), appointment(setup.job(), null, "draft"));

        given().auth().oauth2(setup.source()).queryParam("limit", 2).queryParam("offset", 1)
                .when().get("/v3/appointments")
                .then().statusCode(200)
                .body("appointments.id", contains((int) second, (int) third))
                .body("meta.total", equalTo(3)).body("meta.limit", equalTo(2)).body("meta.offset", equalTo(1));
        given().auth().oauth2(setup.source()).queryParam("limit", 500).when().get("/v3/appointments")
                .then().statusCode(200).body("appointments.id", contains((int) first, (int) second, (int) third))
                .body("meta.limit", equalTo(100)).body("meta.offset", equalTo(0));
    }

    @Test
    void shouldRefuseAnUnknownFilterOrABadValueNamingTheParameter() {
        String source = tokens.client(JobSources.newAccount(), Schedules.ALL);
        Map<String, String> refused = Map.of(
                "filter[duration_eq]", "3600",
                "filter[job_id_eq]", "abc",
                "filter[job_id_in]", "1,x",
                "filter[status_eq]", "accepted",
                "filter[time_gt]", "yesterday",
                "filter[time_lteq]", "2026-03-02T09:00:00",
                "filter[user_id_null]", "maybe",
                "filter[organization_id_in]", "1,2",
                "limit", "abc",
                "offset", "-1");
        refused.forEach((parameter, value) -> given().auth().oauth2(source).queryParam(parameter, value)
                .when().get("/v3/appointments")
                .then().statusCode(400).body("error.fields", hasKey(parameter)));
    }

    private static void assertIds(String token, Map<String, String> query, long... ids) {
        given().auth().oauth2(token).queryParams(query).when().get("/v3/appointments")
                .then().statusCode(200)
                .body("appointments.id", equalTo(Arrays.stream(ids).mapToObj(id -> (int) id).toList()))
                .body("meta.total", equalTo(ids.length));
    }
}
