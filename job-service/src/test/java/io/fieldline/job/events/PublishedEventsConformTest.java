package io.fieldline.job.events;

import io.fieldline.events.CustomerEvent;
import io.fieldline.events.EventType;
import io.fieldline.events.JobEvent;
import io.fieldline.events.OrganizationEvent;
import io.fieldline.job.JobSources;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.EventSchemas;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Every event job-service publishes, emitted through the API, conforms to its contract's JSON Schema. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class PublishedEventsConformTest {

    private static final String[] ALL = {"organizations:read", "organizations:write", "customers:read", "customers:write",
            "jobs:read", "jobs:write"};
    private static final Map<String, Object> ADDRESS = Map.of("street_1", "555 Test Avenue", "street_2", "Unit 5",
            "city", "Boston", "state", "MA", "postal_code", "02115");

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Test
    void shouldPublishEventsThatConformToTheirContracts() {
        Map<EventType<?>, Supplier<String>> emitters = new HashMap<>();
        emitters.put(OrganizationEvent.CREATED, () -> String.valueOf(organization(writer())));
        emitters.put(OrganizationEvent.UPDATED, () -> {
            String writer = writer();
            long id = organization(writer);
            given().auth().oauth2(writer).contentType(ContentType.JSON)
                    .body(Map.of("phone_number", "+15557826394", "logo_token", "logo-1"))
                    .when().patch("/v3/organizations/{id}", id).then().statusCode(200);
            return String.valueOf(id);
        });
        emitters.put(OrganizationEvent.DELETED, () -> {
            String writer = writer();
            long id = organization(writer);
            given().auth().oauth2(writer).when().delete("/v3/organizations/{id}", id).then().statusCode(204);
            return String.valueOf(id);
        });
        emitters.put(CustomerEvent.CREATED, () -> {
            String writer = writer();
            return String.valueOf(customer(writer, organization(writer)));
        });
        emitters.put(CustomerEvent.UPDATED, () -> {
            String writer = writer();
            long id = customer(writer, organization(writer));
            given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("billing_address", ADDRESS))
                    .when().patch("/v3/customers/{id}", id).then().statusCode(200);
            return String.valueOf(id);
        });
        emitters.put(CustomerEvent.DELETED, () -> {
            String writer = writer();
            long id = customer(writer, organization(writer));
            given().auth().oauth2(writer).when().delete("/v3/customers/{id}", id).then().statusCode(204);
            return String.valueOf(id);
        });
        emitters.put(JobEvent.CREATED, () -> String.valueOf(job(writer())));
        emitters.put(JobEvent.UPDATED, () -> {
            String writer = writer();
            long id = job(writer);
            given().auth().oauth2(writer).contentType(ContentType.JSON)
                    .body(Map.of("service_fee", 89.5, "status_message", "Parts ordered"))
                    .when().patch("/v3/jobs/{id}", id).then().statusCode(200);
            return String.valueOf(id);
        });
        emitters.put(JobEvent.ACCEPTED, () -> {
            String writer = writer();
            long id = job(writer);
            given().auth().oauth2(writer).contentType(ContentType.JSON)
                    .body(Map.of("appointment", Map.of("time", "2026-12-01T15:00:00Z", "duration", 3600, "user_id", 123)))
                    .when().post("/v3/jobs/{id}/accept", id).then().statusCode(200);
            return String.valueOf(id);
        });
        emitters.put(JobEvent.REJECTED, () -> {
            String writer = writer();
            long id = job(writer);
            given().auth().oauth2(writer).when().post("/v3/jobs/{id}/reject", id).then().statusCode(200);
            return String.valueOf(id);
        });

        EventSchemas.assertEveryPublishedEventConforms(service, kafka, emitters);
    }

    private static long organization(String writer) {
        return JobSources.createOrganization(writer, Map.of("name", "Joe's Plumbing", "email", "joe@joesplumbing.com",
                "phone_number", "+15551234567", "address", ADDRESS, "external_ids", List.of("AAA123"),
                "create_user", true));
    }

    private static long customer(String writer, long organization) {
        return ((Number) given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization, "first_name", "Joe", "last_name", "Shmo",
                        "email", "customer@email.com", "home_address", ADDRESS,
                        "phone_numbers", List.of(Map.of("number", "+15551234567", "primary", true, "type", "mobile"))))
                .when().post("/v3/customers")
                .then().statusCode(201).extract().path("customer.id")).longValue();
    }

    private static long job(String writer) {
        long organization = organization(writer);
        return ((Number) given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body(Map.of("title", "Fix the Toilet", "address", ADDRESS, "status", "offered",
                        "organization_id", organization, "customer_id", customer(writer, organization),
                        "brand_id", 7, "external_ids", List.of("JOB-1")))
                .when().post("/v3/jobs")
                .then().statusCode(201).extract().path("job.id")).longValue();
    }

    /** A token of an account of its own, so each event comes from a change no other test makes. */
    private String writer() {
        return tokens.client(JobSources.newAccount(), ALL);
    }
}
