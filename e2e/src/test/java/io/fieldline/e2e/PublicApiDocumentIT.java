package io.fieldline.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The one API document of the whole public API, as the gateway merges it from the real services: the public routes,
 * the scope of each operation, the seed's rate limits, and no internal path.
 */
@EndToEnd
class PublicApiDocumentIT {

    @Test
    void shouldDocumentEveryPublicRouteWithItsScopeAndLimits() {
        JsonPath document = given().when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");
        for (String path : List.of("/v3/oauth/token", "/v3/users", "/v3/users/{id}", "/api/v1/technicians", "/tech/bulk",
                "/v3/organizations", "/v3/customers/{id}", "/v3/jobs", "/v3/jobs/{id}/accept", "/v3/datafiles")) {
            assertThat(path, paths.containsKey(path), equalTo(true));
        }
        assertThat(paths.keySet().stream().filter(path -> path.startsWith("/internal")).toList().isEmpty(),
                equalTo(true));
        assertThat(document.getList("paths.'/v3/jobs'.post.security.oauth2.flatten()"), hasItem("jobs:write"));
        assertThat(document.getList("paths.'/api/v1/technicians'.get.'x-rate-limits'.policy"), hasItem("technicians-list"));
        assertThat(document.getList("paths.'/api/v1/technicians'.get.'x-rate-limits'.policy"), not(hasItem("route")));
    }
}
