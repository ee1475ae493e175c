package io.fieldline.job.appointment;

import io.fieldline.job.JobSources;
import io.fieldline.job.Technicians;
import io.fieldline.testkit.TestTokens;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.Map;

import static io.fieldline.job.job.JobsApiTest.createJob;
import static io.fieldline.job.job.JobsApiTest.fixTheToilet;
import static io.fieldline.job.job.JobsApiTest.joeShmo;
import static io.restassured.RestAssured.given;

/**
 * A job source's account with an organization, an unscheduled job of it and a technician of it, ready for
 * appointments; each call makes an account of its own.
 */
record Schedules(String source, long account, long organization, long customer, long job, long technician) {

    static final String[] ALL = {"jobs:read", "jobs:write", "customers:read", "customers:write",
            "organizations:read", "organizations:write", "appointments:read", "appointments:write"};

    static Schedules setUp(TestTokens tokens, Technicians technicians) {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long organization = JobSources.createOrganization(source, "Joe's Plumbing");
        long customer = JobSources.createCustomer(source, joeShmo(organization));
        long job = createJob(source, fixTheToilet(customer, organization, "unscheduled"));
        return new Schedules(source, account, organization, customer, job, technicians.technician(account, organization));
    }

    /** Another job of the same organization and customer, in {@code status}. */
    long anotherJob(String status) {
        return createJob(source, fixTheToilet(customer, organization, status));
    }

    /** Creates an appointment with {@code token} and returns its id. */
    static long createAppointment(String token, Map<String, Object> appointment) {
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON).body(appointment)
                .when().post("/v3/appointments")
                .then().statusCode(201).extract().path("appointment.id")).longValue();
    }

    /** The seed's "Create an Appointment" request for the job and technician, with {@code more} attributes. */
    static Map<String, Object> appointment(long job, Long technician, String status, Object... more) {
        Map<String, Object> appointment = new HashMap<>();
        appointment.put("job_id", job);
        if (technician != null) {
            appointment.put("user_id", technician);
        }
        appointment.put("status", status);
        for (int i = 0; i < more.length; i += 2) {
            appointment.put((String) more[i], more[i + 1]);
        }
        return appointment;
    }
}
