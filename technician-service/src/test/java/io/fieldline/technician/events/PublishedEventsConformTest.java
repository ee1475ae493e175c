package io.fieldline.technician.events;

import io.fieldline.events.EventType;
import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.Workforce;
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

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Every event technician-service publishes, emitted through the API, conforms to its contract's JSON Schema. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class PublishedEventsConformTest {

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Test
    void shouldPublishEventsThatConformToTheirContracts() {
        Map<EventType<?>, Supplier<String>> emitters = Map.of(
                WorkforceUserEvent.CREATED, () -> String.valueOf(newUser(writer())),
                WorkforceUserEvent.UPDATED, () -> {
                    String writer = writer();
                    long id = newUser(writer);
                    given().auth().oauth2(writer).contentType(ContentType.JSON)
                            .body(Map.of("first_name", "James", "email", "james@example.com"))
                            .when().patch("/v3/users/{id}", id).then().statusCode(200);
                    return String.valueOf(id);
                },
                WorkforceUserEvent.DEACTIVATED, () -> String.valueOf(deactivatedUser(writer())),
                WorkforceUserEvent.RESTORED, () -> {
                    String writer = writer();
                    long id = deactivatedUser(writer);
                    given().auth().oauth2(writer).when().post("/v3/users/{id}/restore", id).then().statusCode(200);
                    return String.valueOf(id);
                });

        EventSchemas.assertEveryPublishedEventConforms(service, kafka, emitters);
    }

    private static long newUser(String writer) {
        return Workforce.createUser(writer, 10, "Jim", List.of("technician", "dispatcher"));
    }

    private static long deactivatedUser(String writer) {
        long id = newUser(writer);
        given().auth().oauth2(writer).when().delete("/v3/users/{id}", id).then().statusCode(204);
        return id;
    }

    /** A token of an account of its own, so each event comes from a change no other test makes. */
    private String writer() {
        return tokens.client(Workforce.newAccount(), "users:write");
    }
}
