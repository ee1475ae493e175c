package io.fieldline.technician;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Test helpers that set up a workforce through the public API, each test in an account of its own. */
public final class Workforce {

    private static final AtomicLong ACCOUNTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Workforce() {
    }

    /** An account id no other test uses, so tests never see each other's data. */
    public static long newAccount() {
        return ACCOUNTS.incrementAndGet();
    }

    public static long createUser(String token, long organizationId, String firstName, List<String> roles) {
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organizationId, "first_name", firstName, "last_name", "Johnson",
                        "roles", roles))
                .when().post("/v3/users")
                .then().statusCode(201)
                .extract().path("user.id")).longValue();
    }
}
