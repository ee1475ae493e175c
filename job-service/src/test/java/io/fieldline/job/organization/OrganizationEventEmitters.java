package io.fieldline.job.organization;

import io.fieldline.events.CustomerEvent;
import io.fieldline.events.EventType;
import io.fieldline.events.OrganizationEvent;
import io.fieldline.job.JobSources;
import io.fieldline.testkit.TestTokens;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * Emits each organization and customer event through the API, for the conformance test; each returns the key of its
 * record and writes as an account of its own, so each event comes from a change no other test makes.
 */
public final class OrganizationEventEmitters {

    private static final String[] ALL = {"organizations:read", "organizations:write", "customers:read", "customers:write"};
    private static final Map<String, Object> ADDRESS = Map.of("street_1", "555 Test Avenue", "street_2", "Unit 5",
            "city", "Boston", "state", "MA", "postal_code", "02115");

    private OrganizationEventEmitters() {
    }

    public static Map<EventType<?>, Supplier<String>> of(TestTokens tokens) {
        Map<EventType<?>, Supplier<String>> emitters = new HashMap<>();
        emitters.put(OrganizationEvent.CREATED, () -> String.valueOf(organization(writer(tokens))));
        emitters.put(OrganizationEvent.UPDATED, () -> {
            String writer = writer(tokens);
            long id = organization(writer);
            given().auth().oauth2(writer).contentType(ContentType.JSON)
                    .body(Map.of("phone_number", "+15557826394", "logo_token", "logo-1"))
                    .when().patch("/v3/organizations/{id}", id).then().statusCode(200);
            return String.valueOf(id);
        });
        emitters.put(OrganizationEvent.DELETED, () -> {
            String writer = writer(tokens);
            long id = organization(writer);
            given().auth().oauth2(writer).when().delete("/v3/organizations/{id}", id).then().statusCode(204);
            return String.valueOf(id);
        });
        emitters.put(CustomerEvent.CREATED, () -> {
            String writer = writer(tokens);
            return String.valueOf(customer(writer, organization(writer)));
        });
        emitters.put(CustomerEvent.UPDATED, () -> {
            String writer = writer(tokens);
            long id = customer(writer, organization(writer));
            given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("billing_address", ADDRESS))
                    .when().patch("/v3/customers/{id}", id).then().statusCode(200);
            return String.valueOf(id);
        });
        emitters.put(CustomerEvent.DELETED, () -> {
            String writer = writer(tokens);
            long id = customer(writer, organization(writer));
            given().auth().oauth2(writer).when().delete("/v3/customers/{id}", id).then().statusCode(204);
            return String.valueOf(id);
        });
        return emitters;
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

    private static String writer(TestTokens tokens) {
        return tokens.client(JobSources.newAccount(), ALL);
    }
}
