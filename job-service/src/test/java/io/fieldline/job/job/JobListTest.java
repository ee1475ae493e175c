package io.fieldline.job.job;

import io.fieldline.job.JobSources;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.fieldline.job.job.JobsApiTest.ALL;
import static io.fieldline.job.job.JobsApiTest.createJob;
import static io.fieldline.job.job.JobsApiTest.fixTheToilet;
import static io.fieldline.job.job.JobsApiTest.joeShmo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/** {@code GET /v3/jobs} with every query parameter of the seed (Jobs, "Query Parameters"), paged and ordered by id. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class JobListTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldListJobsByEachFilterOfTheSeed() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long plumbing = JobSources.createOrganization(source, "Plumbing");
        long heating = JobSources.createOrganization(source, "Heating");
        long joe = JobSources.createCustomer(source, joeShmo(plumbing));
        long ann = JobSources.createCustomer(source, Map.of("organization_id", plumbing, "first_name", "Ann",
                "email", "ann@example.com"));
        long bob = JobSources.createCustomer(source, joeShmo(heating));
        long offered = createJob(source, with(fixTheToilet(joe, plumbing, "offered"), "brand_id", 7,
                "external_ids", List.of("JOB-1")));
        long scheduled = createJob(source, with(fixTheToilet(ann, plumbing, "scheduled"), "external_ids",
                List.of("JOB-2")));
        long canceled = createJob(source, fixTheToilet(bob, heating, "canceled"));

        assertIds(source, Map.of(), offered, scheduled, canceled);
        assertIds(source, Map.of("filter[brand_id_eq]", "7"), offered);
        assertIds(source, Map.of("filter[customer_id_eq]", String.valueOf(ann)), scheduled);
        assertIds(source, Map.of("filter[customer_id_in]", joe + "," + bob), offered, canceled);
        assertIds(source, Map.of("filter[external_ids_contains]", "JOB-2"), scheduled);
        assertIds(source, Map.of("filter[organization_id_eq]", String.valueOf(heating)), canceled);
        assertIds(source, Map.of("filter[organization_id_in]", plumbing + "," + heating), offered, scheduled, canceled);
        assertIds(source, Map.of("filter[status_eq]", "offered"), offered);
        assertIds(source, Map.of("filter[status_in]", "scheduled,canceled"), scheduled, canceled);
        assertIds(source, Map.of("filter[status_not_eq]", "canceled"), offered, scheduled);
        assertIds(source, Map.of("filter[status_in]", "offered,scheduled", "filter[organization_id_eq]",
                String.valueOf(plumbing)), offered, scheduled);
    }

    @Test
    void shouldPageByLimitAndOffsetWithMeta() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        long organization = JobSources.createOrganization(source, "Plumbing");
        long customer = JobSources.createCustomer(source, joeShmo(organization));
        long first = createJob(source, fixTheToilet(customer, organization, "offered"));
        long second = createJob(source, fixTheToilet(customer, organization, "offered"));
        long third = createJob(source, fixTheToilet(customer, organization, "offered"));

        given().auth().oauth2(source).queryParam("limit", 2).queryParam("offset", 1).when().get("/v3/jobs")
                .then().statusCode(200)
                .body("jobs.id", contains((int) second, (int) third))
                .body("jobs[0].customer.first_name", equalTo("Joe"))
                .body("meta.total", equalTo(3)).body("meta.limit", equalTo(2)).body("meta.offset", equalTo(1));
        given().auth().oauth2(source).queryParam("limit", 500).when().get("/v3/jobs")
                .then().statusCode(200).body("jobs.id", contains((int) first, (int) second, (int) third))
                .body("meta.limit", equalTo(100));
    }

    @Test
    void shouldRefuseAnUnknownFilterOrABadValueNamingTheParameter() {
        String source = tokens.client(JobSources.newAccount(), ALL);
        given().auth().oauth2(source).queryParam("filter[title_eq]", "x").when().get("/v3/jobs")
                .then().statusCode(400).body("error.fields", hasKey("filter[title_eq]"));
        given().auth().oauth2(source).queryParam("filter[customer_id_eq]", "abc").when().get("/v3/jobs")
                .then().statusCode(400).body("error.fields", hasKey("filter[customer_id_eq]"));
        given().auth().oauth2(source).queryParam("filter[status_eq]", "accepted").when().get("/v3/jobs")
                .then().statusCode(400).body("error.fields", hasKey("filter[status_eq]"));
    }

    private static void assertIds(String token, Map<String, String> query, long... ids) {
        given().auth().oauth2(token).queryParams(query).when().get("/v3/jobs")
                .then().statusCode(200)
                .body("jobs.id", equalTo(Arrays.stream(ids).mapToObj(id -> (int) id).toList()))
                .body("meta.total", equalTo(ids.length));
    }

    private static Map<String, Object> with(Map<String, Object> job, Object... attributes) {
        Map<String, Object> extended = new HashMap<>(job);
        for (int i = 0; i < attributes.length; i += 2) {
            extended.put((String) attributes[i], attributes[i + 1]);
        }
        return extended;
    }
}
