package io.fieldline.job.job;

import io.fieldline.events.EventType;
import io.fieldline.events.JobEvent;
import io.fieldline.job.JobSources;
import io.fieldline.job.Technicians;
import io.fieldline.testkit.TestTokens;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * Emits each job event through the API, for the conformance test; each returns the key of its record and writes as an
 * account of its own.
 */
public final class JobEventEmitters {

    private static final String[] ALL = {"organizations:write", "customers:write", "jobs:read", "jobs:write",
            "appointments:read", "appointments:write"};
    private static final Map<String, Object> ADDRESS = Map.of("street_1", "555 Test Avenue", "street_2", "Unit 5",
            "city", "Boston", "state", "MA", "postal_code", "02115");

    private JobEventEmitters() {
    }

    public static Map<EventType<?>, Supplier<String>> of(TestTokens tokens, Technicians technicians) {
        return Map.of(
                JobEvent.CREATED, () -> String.valueOf(job(writer(tokens))),
                JobEvent.UPDATED, () -> {
                    String writer = writer(tokens);
                    long id = job(writer);
                    given().auth().oauth2(writer).contentType(ContentType.JSON)
                            .body(Map.of("service_fee", 89.5, "status_message", "Parts ordered"))
                            .when().patch("/v3/jobs/{id}", id).then().statusCode(200);
                    return String.valueOf(id);
                },
                JobEvent.ACCEPTED, () -> String.valueOf(acceptedWithAnAppointment(tokens, technicians).job()),
                JobEvent.REJECTED, () -> {
                    String writer = writer(tokens);
                    long id = job(writer);
                    given().auth().oauth2(writer).when().post("/v3/jobs/{id}/reject", id).then().statusCode(200);
                    return String.valueOf(id);
                });
    }

    /** An offer of a new account accepted with an appointment for a technician of its organization. */
    public record Accepted(String writer, long job, long appointment) {
    }

    /** Creates an offer in an account of its own and accepts it with an appointment; both ids come back. */
    public static Accepted acceptedWithAnAppointment(TestTokens tokens, Technicians technicians) {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, ALL);
        long organization = JobSources.createOrganization(writer, "Joe's Plumbing");
        long technician = technicians.technician(account, organization);
        long id = job(writer, organization);
        given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body(Map.of("appointment", Map.of("time", "2026-12-01T15:00:00Z", "duration", 3600,
                        "user_id", technician)))
                .when().post("/v3/jobs/{id}/accept", id).then().statusCode(200);
        long appointment = ((Number) given().auth().oauth2(writer).queryParam("filter[job_id_eq]", id)
                .when().get("/v3/appointments")
                .then().statusCode(200).extract().path("appointments[0].id")).longValue();
        return new Accepted(writer, id, appointment);
    }

    private static long job(String writer) {
        return job(writer, JobSources.createOrganization(writer, "Joe's Plumbing"));
    }

    private static long job(String writer, long organization) {
        long customer = JobSources.createCustomer(writer, Map.of("organization_id", organization, "first_name", "Joe",
                "last_name", "Shmo", "email", "customer@email.com"));
        return ((Number) given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body(Map.of("title", "Fix the Toilet", "address", ADDRESS, "status", "offered",
                        "organization_id", organization, "customer_id", customer,
                        "brand_id", 7, "external_ids", List.of("JOB-1")))
                .when().post("/v3/jobs")
                .then().statusCode(201).extract().path("job.id")).longValue();
    }

    private static String writer(TestTokens tokens) {
        return tokens.client(JobSources.newAccount(), ALL);
    }
}
