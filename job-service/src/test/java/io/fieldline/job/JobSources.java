package io.fieldline.job;

import io.restassured.http.ContentType;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Accounts and organizations for tests, each test with an account of its own so that no test sees another's data. */
public final class JobSources {

    private static final AtomicLong ACCOUNTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private JobSources() {
    }

    /** An account id no other test uses. */
    public static long newAccount() {
        return ACCOUNTS.incrementAndGet();
    }

    /** Creates an organization through the API with {@code token} and returns its id. */
    public static long createOrganization(String token, Map<String, Object> organization) {
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON).body(organization)
                .when().post("/v3/organizations")
                .then().statusCode(201).extract().path("organization.id")).longValue();
    }

    /** Creates a customer through the API with {@code token} and returns its id. */
    public static long createCustomer(String token, Map<String, Object> customer) {
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON).body(customer)
                .when().post("/v3/customers")
                .then().statusCode(201).extract().path("customer.id")).longValue();
    }

    /** Creates an organization named {@code name} with only the required attributes and returns its id. */
    public static long createOrganization(String token, String name) {
        return createOrganization(token, Map.of("name", name, "email", "office@" + name.toLowerCase().replace(' ', '-')
                + ".example"));
    }
}
