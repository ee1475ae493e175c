package io.fieldline.identity.admin;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.fieldline.identity.admin.Operators.asOperator;
import static io.fieldline.identity.admin.Operators.newAccount;
import static io.fieldline.identity.admin.Operators.newClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Operators list, change, disable and enable accounts and clients; disabling revokes what was issued. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class AccountsAndClientsAdminTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void shouldListAccountsPagedWithMeta() {
        long first = newAccount("Paged One");
        newAccount("Paged Two");

        asOperator().queryParam("limit", 1).queryParam("offset", 0)
                .when().get("/admin/accounts")
                .then().statusCode(200)
                .body("accounts", hasSize(1))
                .body("meta.limit", equalTo(1))
                .body("meta.offset", equalTo(0))
                .body("meta.total", greaterThanOrEqualTo(3));
        asOperator().queryParam("limit", 100)
                .when().get("/admin/accounts")
                .then().body("accounts.id", hasItem((int) first));
        asOperator().queryParam("limit", 101).when().get("/admin/accounts")
                .then().statusCode(200).body("meta.limit", equalTo(100));
        asOperator().queryParam("limit", 0).when().get("/admin/accounts")
                .then().statusCode(400).body("error.fields.limit[0]", equalTo("must be an integer of at least 1"));
    }

    @Test
    void shouldFilterAccountsByTheirAttributes() {
        long disabled = newAccount("Filtered Gamma");
        long enabled = newAccount("Filtered Delta");
        asOperator().body(Map.of("disabled", true)).when().patch("/admin/accounts/{id}", disabled).then().statusCode(200);

        asOperator().queryParam("filter[name_contains]", "filtered ").queryParam("filter[disabled_eq]", "false")
                .when().get("/admin/accounts")
                .then().statusCode(200)
                .body("accounts.id", equalTo(List.of((int) enabled)))
                .body("meta.total", equalTo(1));
        asOperator().queryParam("filter[id_in]", disabled + "," + enabled)
                .when().get("/admin/accounts")
                .then().statusCode(200).body("accounts.id", equalTo(List.of((int) disabled, (int) enabled)));
    }

    @Test
    void shouldRefuseAnUnknownFilterOrABadValueNamingTheParameter() {
        asOperator().queryParam("filter[owner_eq]", "x").queryParam("filter[id_eq]", "one")
                .when().get("/admin/accounts")
                .then().statusCode(400)
                .body("error.code", equalTo("bad_request"))
                .body("error.fields.'filter[owner_eq]'[0]",
                        equalTo("is not a filter here; filters: created_at, disabled, id, name"))
                .body("error.fields.'filter[id_eq]'[0]", equalTo("must be an integer"));
        asOperator().queryParam("filter[name_gt]", "A").when().get("/admin/accounts/{id}/clients", 1)
                .then().statusCode(400)
                .body("error.fields.'filter[name_gt]'[0]",
                        equalTo("is not a filter here; filters: client_id, created_at, disabled, scopes"));
    }

    @Test
    void shouldRenameAnAccount() {
        long account = newAccount("Old Name");

        asOperator().body(Map.of("name", "New Name")).when().patch("/admin/accounts/{id}", account)
                .then().statusCode(200).body("account.name", equalTo("New Name")).body("account.disabled", equalTo(false));
        asOperator().when().get("/admin/accounts/{id}", account)
                .then().statusCode(200).body("account.name", equalTo("New Name"));
    }

    @Test
    void shouldNameEveryWrongFieldAndChangeNothing() {
        long account = newAccount("Unchanged");

        asOperator().body(Map.of("name", "")).when().patch("/admin/accounts/{id}", account)
                .then().statusCode(422)
                .body("error.fields.name[0]", equalTo("must be a non-blank string of at most 200 characters"));
        asOperator().body(Map.of("disabled", "yes")).when().patch("/admin/accounts/{id}", account)
                .then().statusCode(422).body("error.fields.disabled[0]", equalTo("must be true or false"));
        asOperator().body(Map.of("owner", "x")).when().patch("/admin/accounts/{id}", account)
                .then().statusCode(422).body("error.fields.owner[0]", equalTo("is not a field here; allowed: disabled, name"));
        asOperator().when().get("/admin/accounts/{id}", account)
                .then().body("account.name", equalTo("Unchanged")).body("account.disabled", equalTo(false));
        asOperator().when().get("/admin/accounts/{id}", 999_999).then().statusCode(404);
    }

    @Test
    void shouldRequireABodyOnEveryAdminWriteAsUsersDo() {
        long account = newAccount("Bodies Required");
        String clientId = (String) newClient(account, List.of("users:read")).get("client_id");

        for (String[] write : List.of(new String[]{"POST", "/admin/accounts"},
                new String[]{"PATCH", "/admin/accounts/" + account},
                new String[]{"POST", "/admin/accounts/" + account + "/clients"},
                new String[]{"PATCH", "/admin/clients/" + clientId},
                new String[]{"POST", "/admin/clients/" + clientId + "/integration-keys"})) {
            asOperator().when().request(write[0], write[1])
                    .then().statusCode(422).body("error.fields.body[0]", equalTo("is required"));
        }
        asOperator().body("{}").when().post("/admin/accounts")
                .then().statusCode(422).body("error.fields", hasKey("name"));
    }

    @Test
    void shouldChangeAndAuditNothingForAPatchNamingNoField() {
        long account = newAccount("Left Alone");
        String clientId = (String) newClient(account, List.of("users:read")).get("client_id");
        String requestId = "empty-patch-" + UUID.randomUUID();

        asOperator().header("X-Request-Id", requestId).body("{}").when().patch("/admin/accounts/{id}", account)
                .then().statusCode(200).body("account.name", equalTo("Left Alone"));
        asOperator().header("X-Request-Id", requestId).body("{}").when().patch("/admin/clients/{id}", clientId)
                .then().statusCode(200).body("client.scopes", equalTo(List.of("users:read")));
        asOperator().queryParam("filter[request_id_eq]", requestId).when().get("/admin/audit-events")
                .then().statusCode(200).body("meta.total", equalTo(0));
        asOperator().body("{}").when().patch("/admin/accounts/{id}", 999_999).then().statusCode(404);
    }

    @Test
    void shouldListReadAndNarrowAClient() {
        long account = newAccount("Client Owner");
        Map<String, Object> client = newClient(account, List.of("technicians:read", "users:read"));
        String clientId = (String) client.get("client_id");

        asOperator().when().get("/admin/accounts/{id}/clients", account)
                .then().statusCode(200)
                .body("clients", hasSize(1))
                .body("clients[0].client_id", equalTo(clientId))
                .body("clients[0].client_secret", nullValue())
                .body("meta.total", equalTo(1));
        asOperator().body(Map.of("scopes", List.of("users:read"), "grant_types", List.of("client_credentials")))
                .when().patch("/admin/clients/{id}", clientId)
                .then().statusCode(200)
                .body("client.scopes", equalTo(List.of("users:read")))
                .body("client.grant_types", equalTo(List.of("client_credentials")));
        asOperator().when().get("/admin/clients/{id}", clientId)
                .then().statusCode(200).body("client.scopes", equalTo(List.of("users:read")));
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", clientId,
                        "client_secret", client.get("client_secret"), "scope", "technicians:read"))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
    }

    @Test
    void shouldGrantTheAdminScopeOnlyToClientsOfTheOperatorsAccount() {
        long tenant = newAccount("Tenant Without Operators");
        String tenantClient = (String) newClient(tenant, List.of("users:read")).get("client_id");
        long operators = asOperator().when().get("/admin/clients/{id}", Operators.BOOTSTRAP_CLIENT_ID)
                .then().statusCode(200).extract().<Integer>path("client.account_id").longValue();

        asOperator().body(Map.of("scopes", List.of("users:read", "admin")))
                .when().post("/admin/accounts/{id}/clients", tenant)
                .then().statusCode(422).body("error.fields.scopes[0]", startsWith("may hold admin only for a client"));
        asOperator().body(Map.of("scopes", List.of("admin"))).when().patch("/admin/clients/{id}", tenantClient)
                .then().statusCode(422).body("error.fields.scopes[0]", startsWith("may hold admin only for a client"));
        asOperator().when().get("/admin/accounts/{id}/clients", tenant)
                .then().statusCode(200).body("meta.total", equalTo(1)).body("clients[0].scopes", equalTo(List.of("users:read")));

        Map<String, Object> secondOperator = newClient(operators, List.of("admin"));
        Operators.token((String) secondOperator.get("client_id"), (String) secondOperator.get("client_secret"), "admin");
    }

    @Test
    void shouldAnswerNotFoundForAClientIdHoldingNul() {
        asOperator().when().get("/admin/clients/{id}", "client-a\u0000b").then().statusCode(404);
        asOperator().body(Map.of("disabled", true))
                .when().patch("/admin/clients/{id}", "client-a\u0000b").then().statusCode(404);
    }

    @Test
    void shouldCheckClientBodiesAsEveryBodyIsChecked() {
        long account = newAccount("Strict Bodies");
        String clientId = (String) newClient(account, List.of("users:read")).get("client_id");

        asOperator().body("{\"scopes\": [\"users:read\", null]}").when().post("/admin/accounts/{id}/clients", account)
                .then().statusCode(422).body("error.fields.'scopes[1]'[0]", equalTo("must not hold null"));
        asOperator().body(Map.of("disabled", "true")).when().patch("/admin/clients/{id}", clientId)
                .then().statusCode(422).body("error.fields.disabled[0]", equalTo("must be true or false"));
        asOperator().body("{\"disabled\": true, \"disabled\": false}").when().patch("/admin/clients/{id}", clientId)
                .then().statusCode(400).body("error.fields.disabled[0]", equalTo("is given more than once"));
        asOperator().body("{\"scopes\": null}").when().patch("/admin/clients/{id}", clientId)
                .then().statusCode(200).body("client.scopes", equalTo(List.of("users:read")))
                .body("client.disabled", equalTo(false));
    }

    @Test
    void shouldRevokeEverythingOfADisabledClientAndLetItBackWhenEnabled() {
        long account = newAccount("Disabled Client Owner");
        Map<String, Object> client = newClient(account, List.of("users:read"));
        String clientId = (String) client.get("client_id");
        String secret = (String) client.get("client_secret");
        Map<String, Object> tokens = clientCredentials(clientId, secret).then().statusCode(200).extract().as(Map.class);

        try (TopicReader revocations = new TopicReader(kafka, "fieldline.identity.revocations")) {
            asOperator().body(Map.of("disabled", true)).when().patch("/admin/clients/{id}", clientId)
                    .then().statusCode(200).body("client.disabled", equalTo(true));

            ConsumerRecord<String, String> event = revocations.awaitRecord(record -> clientId.equals(record.key()),
                    Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, "ce_type"), equalTo("fieldline.identity.client.revoked.v1"));
            assertThat(JsonPath.from(event.value()).getString("client_id"), equalTo(clientId));
            assertThat(JsonPath.from(event.value()).getLong("account_id"), equalTo(account));
        }
        clientCredentials(clientId, secret).then().statusCode(401).body("error", equalTo("invalid_client"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token")))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));

        asOperator().body(Map.of("disabled", false)).when().patch("/admin/clients/{id}", clientId)
                .then().statusCode(200).body("client.disabled", equalTo(false));
        clientCredentials(clientId, secret).then().statusCode(200);
    }

    @Test
    void shouldRefuseEveryClientOfADisabledAccount() {
        long account = newAccount("Disabled Account");
        Map<String, Object> client = newClient(account, List.of("users:read"));
        String clientId = (String) client.get("client_id");
        String secret = (String) client.get("client_secret");

        try (TopicReader revocations = new TopicReader(kafka, "fieldline.identity.revocations")) {
            asOperator().body(Map.of("disabled", true)).when().patch("/admin/accounts/{id}", account)
                    .then().statusCode(200).body("account.disabled", equalTo(true));
            revocations.awaitRecord(record -> clientId.equals(record.key()), Duration.ofSeconds(20));
        }
        clientCredentials(clientId, secret).then().statusCode(401).body("error", equalTo("invalid_client"));

        asOperator().body(Map.of("disabled", false)).when().patch("/admin/accounts/{id}", account).then().statusCode(200);
        clientCredentials(clientId, secret).then().statusCode(200);
    }

    @Test
    void shouldLeaveTheBootstrapClientToConfiguration() {
        asOperator().body(Map.of("disabled", true)).when().patch("/admin/clients/{id}", Operators.BOOTSTRAP_CLIENT_ID)
                .then().statusCode(422)
                .body("error.fields.client_id[0]", equalTo(
                        "is the bootstrap client, which follows configuration (fieldline.bootstrap.*); change it there"));
    }

    private static io.restassured.response.Response clientCredentials(String clientId, String secret) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .when().post("/v3/oauth/token");
    }
}
