package io.fieldline.job.organization;

import io.fieldline.job.JobSources;
import io.fieldline.serviceauth.ServiceCredentials;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** {@code GET /internal/organizations/{id}}, which technician-service asks when it has not yet seen an organization. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class InternalOrganizationApiTest {

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = ServiceCredentials.SECRET_PROPERTY)
    String secret;

    @Test
    void shouldAnswerTechnicianServiceWithTheOrganizationsAccountNetworkAndVersion() {
        long account = JobSources.newAccount();
        long id = JobSources.createOrganization(tokens.client(account, "organizations:write"),
                Map.of("name", "Partner Plumbing", "email", "office@partner.example", "network", "third_party"));

        given().header("Authorization", technicianService()).queryParam("account_id", account)
                .when().get("/internal/organizations/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("account_id", equalTo((int) account))
                .body("network", equalTo("third_party"))
                .body("deleted", equalTo(false))
                .body("version", equalTo(1));
    }

    @Test
    void shouldAnswerADeletedOrganizationAsDeleted() {
        long account = JobSources.newAccount();
        String writer = tokens.client(account, "organizations:write");
        long id = JobSources.createOrganization(writer, "Gone Plumbing");
        given().auth().oauth2(writer).when().delete("/v3/organizations/{id}", id).then().statusCode(204);

        given().header("Authorization", technicianService()).queryParam("account_id", account)
                .when().get("/internal/organizations/{id}", id)
                .then().statusCode(200)
                .body("network", equalTo("first_party"))
                .body("deleted", equalTo(true))
                .body("version", equalTo(2));
    }

    @Test
    void shouldAnswer404ForAnOrganizationOfAnotherAccount() {
        long id = JobSources.createOrganization(tokens.client(JobSources.newAccount(), "organizations:write"),
                "Elsewhere Plumbing");

        given().header("Authorization", technicianService()).queryParam("account_id", JobSources.newAccount())
                .when().get("/internal/organizations/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseACallerWithoutTechnicianServiceCredentials() {
        long account = JobSources.newAccount();
        long id = JobSources.createOrganization(tokens.client(account, "organizations:write"), "Private Plumbing");

        given().header("Authorization", new ServiceCredentials(secret).authorization(ServiceCredentials.GATEWAY))
                .queryParam("account_id", account)
                .when().get("/internal/organizations/{id}", id)
                .then().statusCode(401);
        given().queryParam("account_id", account)
                .when().get("/internal/organizations/{id}", id)
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseARequestWithoutAnAccount() {
        given().header("Authorization", technicianService())
                .when().get("/internal/organizations/{id}", 1)
                .then().statusCode(400);
    }

    private String technicianService() {
        return new ServiceCredentials(secret).authorization(ServiceCredentials.TECHNICIAN_SERVICE);
    }
}
