package io.fieldline.identity.audit;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.fieldline.identity.admin.Operators.BOOTSTRAP_CLIENT_ID;
import static io.fieldline.identity.admin.Operators.BOOTSTRAP_CLIENT_SECRET;
import static io.fieldline.identity.admin.Operators.asOperator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Every token issued, refused, refreshed and revoked, and every admin change, is recorded with who, when and from
 * where, without secrets, and published on fieldline.identity.audit.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class AuditTrailTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void shouldRecordAnIssuedTokenWithWhoAndFromWhere() {
        String requestId = newRequestId();
        Map<String, Object> tokens = fromGateway(requestId)
                .body(Map.of("grant_type", "client_credentials", "client_id", BOOTSTRAP_CLIENT_ID,
                        "client_secret", BOOTSTRAP_CLIENT_SECRET))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().as(Map.class);

        JsonPath entry = entry(requestId);
        assertThat(entry.getString("action"), equalTo("token.issued"));
        assertThat(entry.getString("outcome"), equalTo("success"));
        assertThat(entry.getString("actor"), equalTo(BOOTSTRAP_CLIENT_ID));
        assertThat(entry.getString("client_ip"), equalTo("198.51.100.7"));
        assertThat(entry.getString("details.grant_type"), equalTo("client_credentials"));
        assertThat(entry.getLong("account_id"), equalTo(1L));
        assertThat(entry.prettify(), not(containsString(BOOTSTRAP_CLIENT_SECRET)));
        assertThat(entry.prettify(), not(containsString((String) tokens.get("refresh_token"))));
    }

    @Test
    void shouldRecordARefusalWithTheReason() {
        String requestId = newRequestId();
        fromGateway(requestId)
                .body(Map.of("grant_type", "client_credentials", "client_id", BOOTSTRAP_CLIENT_ID, "client_secret", "wrong-guess"))
                .when().post("/v3/oauth/token")
                .then().statusCode(401);

        JsonPath entry = entry(requestId);
        assertThat(entry.getString("action"), equalTo("token.refused"));
        assertThat(entry.getString("outcome"), equalTo("refused"));
        assertThat(entry.getString("actor"), equalTo(BOOTSTRAP_CLIENT_ID));
        assertThat(entry.getString("details.error"), equalTo("invalid_client"));
        assertThat(entry.prettify(), not(containsString("wrong-guess")));
    }

    @Test
    void shouldRecordRefreshesAndRevocations() {
        String refreshToken = given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", BOOTSTRAP_CLIENT_ID,
                        "client_secret", BOOTSTRAP_CLIENT_SECRET))
                .when().post("/v3/oauth/token").then().statusCode(200).extract().path("refresh_token");

        String refreshId = newRequestId();
        String newRefreshToken = fromGateway(refreshId)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))
                .when().post("/v3/oauth/token").then().statusCode(200).extract().path("refresh_token");
        assertThat(entry(refreshId).getString("action"), equalTo("token.refreshed"));

        String revokeId = newRequestId();
        fromGateway(revokeId).auth().preemptive().basic(BOOTSTRAP_CLIENT_ID, BOOTSTRAP_CLIENT_SECRET)
                .body(Map.of("token", newRefreshToken))
                .when().post("/v3/oauth/revoke").then().statusCode(200);
        JsonPath revoked = entry(revokeId);
        assertThat(revoked.getString("action"), equalTo("token.revoked"));
        assertThat(revoked.getString("target"), containsString("refresh_token_family:"));
    }

    @Test
    void shouldRecordAdminChangesAndPublishThem() {
        String requestId = newRequestId();
        try (TopicReader audit = new TopicReader(kafka, "fieldline.identity.audit")) {
            long account = asOperator().header("X-Request-Id", requestId).body(Map.of("name", "Audited Tenant"))
                    .when().post("/admin/accounts")
                    .then().statusCode(201).extract().<Integer>path("account.id").longValue();

            JsonPath entry = entry(requestId);
            assertThat(entry.getString("action"), equalTo("account.created"));
            assertThat(entry.getString("actor"), equalTo(BOOTSTRAP_CLIENT_ID));
            assertThat(entry.getString("target"), equalTo("account:" + account));

            ConsumerRecord<String, String> event = audit.awaitRecord(
                    record -> requestId.equals(JsonPath.from(record.value()).getString("request_id")), Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, "ce_type"), equalTo("fieldline.identity.audit.recorded.v1"));
            assertThat(TopicReader.header(event, "ce_id"), equalTo(entry.getString("id")));
            assertThat(JsonPath.from(event.value()).getString("action"), equalTo("account.created"));
        }
    }

    @Test
    void shouldRecordARetriedRefreshAsAReplayOfTheFirst() {
        String refreshToken = given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", BOOTSTRAP_CLIENT_ID,
                        "client_secret", BOOTSTRAP_CLIENT_SECRET))
                .when().post("/v3/oauth/token").then().statusCode(200).extract().path("refresh_token");
        Map<String, String> refresh = Map.of("grant_type", "refresh_token", "refresh_token", refreshToken);

        String firstId = newRequestId();
        String accessToken = fromGateway(firstId).body(refresh).when().post("/v3/oauth/token")
                .then().statusCode(200).extract().path("access_token");
        String retryId = newRequestId();
        fromGateway(retryId).body(refresh).when().post("/v3/oauth/token")
                .then().statusCode(200).body("access_token", equalTo(accessToken));

        JsonPath first = entry(firstId);
        assertThat(first.getString("action"), equalTo("token.refreshed"));
        assertThat(first.getString("details.jti"), equalTo(jti(accessToken)));
        assertThat(first.getString("details.replayed"), equalTo(null));
        JsonPath retry = entry(retryId);
        assertThat(retry.getString("action"), equalTo("token.refreshed"));
        assertThat(retry.getBoolean("details.replayed"), equalTo(true));
    }

    @Test
    void shouldKeepTheAuditForOperatorsOnly() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", BOOTSTRAP_CLIENT_ID,
                        "client_secret", BOOTSTRAP_CLIENT_SECRET, "scope", "users:read"))
                .when().post("/v3/oauth/token").then().extract().path("access_token");

        given().auth().oauth2(token).when().get("/admin/audit-events").then().statusCode(403);
        given().when().get("/admin/audit-events").then().statusCode(401);
    }

    @Test
    void shouldFilterTheTrailWithFilterParametersAsWithThePlainOnes() {
        String requestId = newRequestId();
        long account = asOperator().header("X-Request-Id", requestId).body(Map.of("name", "Filtered Audit"))
                .when().post("/admin/accounts").then().statusCode(201).extract().<Integer>path("account.id").longValue();

        asOperator().queryParam("filter[request_id_eq]", requestId)
                .queryParam("filter[action_in]", "account.created,account.updated")
                .queryParam("filter[account_id_eq]", account)
                .queryParam("filter[occurred_at_gt]", "2020-01-01T00:00:00Z")
                .when().get("/admin/audit-events")
                .then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("audit_events[0].action", equalTo("account.created"));
        asOperator().queryParam("request_id", requestId).queryParam("filter[outcome_eq]", "refused")
                .when().get("/admin/audit-events")
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void shouldRefuseABadAuditFilterNamingTheParameter() {
        asOperator().queryParam("account_id", "first").queryParam("filter[occurred_at_gt]", "yesterday")
                .queryParam("filter[outcome_eq]", "maybe")
                .when().get("/admin/audit-events")
                .then().statusCode(400)
                .body("error.fields.account_id[0]", equalTo("must be an integer"))
                .body("error.fields.'filter[occurred_at_gt]'[0]",
                        equalTo("must be an ISO-8601 timestamp with a zone, such as 2026-01-15T09:30:00Z"))
                .body("error.fields.'filter[outcome_eq]'[0]", equalTo("must be one of success, refused"));
    }

    /** A request as the gateway forwards it: the address it saw last in X-Forwarded-For, and a request id. */
    private static RequestSpecification fromGateway(String requestId) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "203.0.113.9, 198.51.100.7")
                .header("X-Request-Id", requestId);
    }

    private static String jti(String accessToken) {
        String claims = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        return new JsonPath(claims).getString("jti");
    }

    private static String newRequestId() {
        return "audit-" + UUID.randomUUID();
    }

    /** The one audit entry of a request. */
    private static JsonPath entry(String requestId) {
        return asOperator().queryParam("request_id", requestId).when().get("/admin/audit-events")
                .then().statusCode(200).body("meta.total", equalTo(1))
                .extract().jsonPath().setRootPath("audit_events[0]");
    }
}
