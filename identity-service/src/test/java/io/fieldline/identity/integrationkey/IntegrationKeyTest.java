package io.fieldline.identity.integrationkey;

import io.fieldline.identity.admin.Operators;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.fieldline.identity.admin.Operators.asOperator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Integration keys: created by an operator and shown once, traded by the gateway for tokens, revocable. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class IntegrationKeyTest {

    private static final String INTERNAL_SECRET = "test-only-internal-secret-0123456789abcdef";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void shouldShowANewKeyOnceAndListItWithoutTheKey() {
        String clientId = newClient();

        Map<String, Object> created = asOperator().body(Map.of("name", "Dispatch sync"))
                .when().post("/admin/clients/{id}/integration-keys", clientId)
                .then().statusCode(201)
                .body("integration_key.client_id", equalTo(clientId))
                .body("integration_key.name", equalTo("Dispatch sync"))
                .body("integration_key.key", matchesPattern("flk_[A-Za-z0-9_-]{43}"))
                .extract().path("integration_key");
        String key = (String) created.get("key");

        asOperator().when().get("/admin/clients/{id}/integration-keys", clientId)
                .then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("integration_keys[0].id", equalTo(created.get("id")))
                .body("integration_keys[0].key_prefix", equalTo(key.substring(0, 10)))
                .body("integration_keys[0]", not(hasKey("key")));
    }

    @Test
    void shouldTradeAKeyForATokenOfItsClientWithItsScopes() {
        String clientId = newClient();
        String key = newKey(clientId);

        String token = exchange(key, "gateway").then().statusCode(200)
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(300))
                .body("scope", equalTo("technicians:read users:read"))
                .body("$", not(hasKey("refresh_token")))
                .extract().path("access_token");

        JsonPath claims = JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.getString("client_id"), equalTo(clientId));
        assertThat(claims.getString("sub"), startsWith("integration-key:"));
        asOperator().when().get("/admin/clients/{id}/integration-keys", clientId)
                .then().body("integration_keys[0].last_used_at", notNullValue());
    }

    @Test
    void shouldTradeOnlyForTheGateway() {
        String key = newKey(newClient());

        exchange(key, "technician-service").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("key", key))
                .when().post("/internal/integration-keys/token")
                .then().statusCode(401);
        exchange("flk_not-a-key", "gateway").then().statusCode(401);
    }

    @Test
    void shouldStopARevokedKeyAndAnnounceIt() {
        String clientId = newClient();
        Map<String, Object> created = asOperator().body(Map.of()).when().post("/admin/clients/{id}/integration-keys", clientId)
                .then().statusCode(201).extract().path("integration_key");
        String key = (String) created.get("key");
        String subject = "integration-key:" + created.get("id");
        exchange(key, "gateway").then().statusCode(200);

        try (TopicReader revocations = new TopicReader(kafka, "fieldline.identity.revocations")) {
            asOperator().when().delete("/admin/integration-keys/{id}", created.get("id")).then().statusCode(204);

            ConsumerRecord<String, String> event = revocations.awaitRecord(record -> subject.equals(record.key()),
                    Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, "ce_type"), equalTo("fieldline.identity.subject.revoked.v1"));
            assertThat(JsonPath.from(event.value()).getString("subject"), equalTo(subject));
        }
        exchange(key, "gateway").then().statusCode(401);
        asOperator().when().delete("/admin/integration-keys/{id}", created.get("id")).then().statusCode(204);
        asOperator().when().get("/admin/clients/{id}/integration-keys", clientId)
                .then().body("integration_keys[0].revoked_at", notNullValue());
    }

    @Test
    void shouldFilterAClientsKeys() {
        String clientId = newClient();
        Map<String, Object> revoked = asOperator().body(Map.of("name", "Old sync"))
                .when().post("/admin/clients/{id}/integration-keys", clientId)
                .then().statusCode(201).extract().path("integration_key");
        Map<String, Object> current = asOperator().body(Map.of("name", "New sync"))
                .when().post("/admin/clients/{id}/integration-keys", clientId)
                .then().statusCode(201).extract().path("integration_key");
        asOperator().when().delete("/admin/integration-keys/{id}", revoked.get("id")).then().statusCode(204);

        asOperator().queryParam("filter[revoked_eq]", "false").queryParam("filter[last_used_at_null]", "true")
                .when().get("/admin/clients/{id}/integration-keys", clientId)
                .then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("integration_keys[0].id", equalTo(current.get("id")));
        asOperator().queryParam("filter[name_contains]", "OLD").queryParam("limit", 1)
                .when().get("/admin/clients/{id}/integration-keys", clientId)
                .then().statusCode(200)
                .body("meta.limit", equalTo(1))
                .body("integration_keys[0].id", equalTo(revoked.get("id")));
    }

    @Test
    void shouldStopTheKeysOfADisabledClient() {
        String clientId = newClient();
        String key = newKey(clientId);

        asOperator().body(Map.of("disabled", true)).when().patch("/admin/clients/{id}", clientId).then().statusCode(200);

        exchange(key, "gateway").then().statusCode(401);
    }

    @Test
    void shouldAnswerNotFoundForKeysOfAnUnknownClient() {
        asOperator().body(Map.of()).when().post("/admin/clients/{id}/integration-keys", "client-unknown")
                .then().statusCode(404);
        asOperator().when().get("/admin/clients/{id}/integration-keys", "client-unknown").then().statusCode(404);
        asOperator().when().delete("/admin/integration-keys/{id}", 999_999).then().statusCode(404);
        asOperator().queryParam("offset", -1).when().get("/admin/clients/{id}/integration-keys", "client-unknown")
                .then().statusCode(400).body("error.fields.offset[0]", equalTo("must be an integer of at least 0"));
    }

    private static String newClient() {
        long account = Operators.newAccount("Key Owner");
        return (String) Operators.newClient(account, List.of("technicians:read", "users:read")).get("client_id");
    }

    private static String newKey(String clientId) {
        return asOperator().body(Map.of("name", "key")).when().post("/admin/clients/{id}/integration-keys", clientId)
                .then().statusCode(201).extract().path("integration_key.key");
    }

    private static Response exchange(String key, String service) {
        return given().auth().preemptive().basic(service, INTERNAL_SECRET).contentType(ContentType.JSON)
                .body(Map.of("key", key))
                .when().post("/internal/integration-keys/token");
    }
}
