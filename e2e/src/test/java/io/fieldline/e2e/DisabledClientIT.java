package io.fieldline.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** An operator disables a client: its tokens stop working within seconds, it gets no new ones, and the change is audited. */
@EndToEnd
class DisabledClientIT {

    private final SharedSuite suite;

    DisabledClientIT(SharedSuite suite) {
        this.suite = suite;
    }

    @Test
    void aDisabledClientLosesAccessWithinSeconds() {
        Tenant tenant = suite.newTenant("Disabled");
        String clientToken = tenant.token();
        given().auth().oauth2(clientToken).when().get("/api/v1/technicians").then().statusCode(200);

        given().auth().oauth2(suite.operatorToken()).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .when().patch("/admin/clients/{id}", tenant.clientId())
                .then().statusCode(200).body("client.disabled", equalTo(true));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(clientToken).when().get("/api/v1/technicians").statusCode() == 401);
        tenant.asClient().formParam("grant_type", "client_credentials")
                .when().post("/v3/oauth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().auth().oauth2(suite.operatorToken())
                .queryParam("action", "client.updated").queryParam("account_id", tenant.accountId())
                .when().get("/admin/audit-events")
                .then().statusCode(200)
                .body("audit_events[0].target", equalTo("client:" + tenant.clientId()))
                .body("audit_events[0].actor", equalTo(suite.settings().secrets().bootstrapClientId()));
    }
}
