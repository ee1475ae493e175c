package io.fieldline.identity.events;

import io.fieldline.events.AuditEvent;
import io.fieldline.events.EventType;
import io.fieldline.events.RevocationEvent;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.EventSchemas;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.fieldline.identity.admin.Operators.asOperator;
import static io.fieldline.identity.admin.Operators.newAccount;
import static io.fieldline.identity.admin.Operators.newClient;
import static io.fieldline.identity.admin.Operators.token;
import static io.restassured.RestAssured.given;

/** Every event identity-service publishes, emitted through its APIs, conforms to its contract's JSON Schema. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class PublishedEventsConformTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Test
    void shouldPublishEventsThatConformToTheirContracts() {
        Map<EventType<?>, Supplier<String>> emitters = Map.of(
                RevocationEvent.TOKEN_REVOKED, PublishedEventsConformTest::revokeAnAccessToken,
                RevocationEvent.SUBJECT_REVOKED, PublishedEventsConformTest::revokeAnIntegrationKey,
                RevocationEvent.CLIENT_REVOKED, PublishedEventsConformTest::disableAClient,
                AuditEvent.RECORDED, () -> String.valueOf(newAccount("Audited")));

        EventSchemas.assertEveryPublishedEventConforms(service, kafka, emitters);
    }

    /** The revoked token's jti, the key of its revocation. */
    private static String revokeAnAccessToken() {
        Map<String, Object> client = newClient(newAccount("Revoking"), List.of("users:read"));
        String accessToken = token((String) client.get("client_id"), (String) client.get("client_secret"), "users:read");
        Map<String, Object> authenticated = Map.of("token", accessToken, "client_id", client.get("client_id"),
                "client_secret", client.get("client_secret"));
        String jti = given().contentType(ContentType.JSON).body(authenticated)
                .when().post("/v3/oauth/introspect")
                .then().statusCode(200).extract().path("jti");
        given().contentType(ContentType.JSON).body(authenticated)
                .when().post("/v3/oauth/revoke")
                .then().statusCode(200);
        return jti;
    }

    /** The key's subject, the key of its revocation. */
    private static String revokeAnIntegrationKey() {
        Map<String, Object> client = newClient(newAccount("Key Owner"), List.of("users:read"));
        Object keyId = asOperator().body(Map.of())
                .when().post("/admin/clients/{id}/integration-keys", client.get("client_id"))
                .then().statusCode(201).extract().path("integration_key.id");
        asOperator().when().delete("/admin/integration-keys/{id}", keyId).then().statusCode(204);
        return "integration-key:" + keyId;
    }

    /** The client id, the key of its revocation. */
    private static String disableAClient() {
        String clientId = (String) newClient(newAccount("Disabled"), List.of("users:read")).get("client_id");
        asOperator().body(Map.of("disabled", true)).when().patch("/admin/clients/{id}", clientId)
                .then().statusCode(200);
        return clientId;
    }
}
