package io.fieldline.job.appointment;

import io.fieldline.events.AppointmentEvent;
import io.fieldline.events.EventType;
import io.fieldline.job.Technicians;
import io.fieldline.job.job.JobEventEmitters;
import io.fieldline.testkit.TestTokens;
import io.restassured.http.ContentType;

import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * Emits each appointment event through the API, for the conformance test; each returns the key of its record and
 * writes as an account of its own.
 */
public final class AppointmentEventEmitters {

    private AppointmentEventEmitters() {
    }

    public static Map<EventType<?>, Supplier<String>> of(TestTokens tokens, Technicians technicians) {
        return Map.of(
                AppointmentEvent.CREATED,
                () -> String.valueOf(JobEventEmitters.acceptedWithAnAppointment(tokens, technicians).appointment()),
                AppointmentEvent.UPDATED, () -> {
                    JobEventEmitters.Accepted accepted = JobEventEmitters.acceptedWithAnAppointment(tokens, technicians);
                    given().auth().oauth2(accepted.writer()).contentType(ContentType.JSON)
                            .body(Map.of("status", "enroute"))
                            .when().patch("/v3/appointments/{id}", accepted.appointment()).then().statusCode(200);
                    return String.valueOf(accepted.appointment());
                },
                AppointmentEvent.DELETED, () -> {
                    JobEventEmitters.Accepted accepted = JobEventEmitters.acceptedWithAnAppointment(tokens, technicians);
                    given().auth().oauth2(accepted.writer())
                            .when().delete("/v3/appointments/{id}", accepted.appointment()).then().statusCode(204);
                    return String.valueOf(accepted.appointment());
                });
    }
}
