package io.fieldline.job.brand;

import io.fieldline.events.BrandEvent;
import io.fieldline.events.EventType;
import io.fieldline.job.datafile.Datafiles;
import io.fieldline.testkit.TestTokens;
import io.restassured.http.ContentType;

import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Emits each brand event through the API, for the conformance test; each returns the key of its record. */
public final class BrandEventEmitters {

    private BrandEventEmitters() {
    }

    public static Map<EventType<?>, Supplier<String>> of(TestTokens tokens) {
        return Map.of(
                BrandEvent.CREATED, () -> String.valueOf(newBrand(writer(tokens, Datafiles.newAccount()))),
                BrandEvent.UPDATED, () -> {
                    long account = Datafiles.newAccount();
                    String logo = Datafiles.upload(tokens.client(account, "datafiles:write"), "logo.png",
                            Datafiles.png());
                    long id = newBrand(writer(tokens, account));
                    given().auth().oauth2(writer(tokens, account)).contentType(ContentType.JSON)
                            .body(Map.of("name", "Renamed", "logo_token", logo, "email", "brand@example.com"))
                            .when().patch("/v3/brands/{id}", id).then().statusCode(200);
                    return String.valueOf(id);
                },
                BrandEvent.DELETED, () -> {
                    String writer = writer(tokens, Datafiles.newAccount());
                    long id = newBrand(writer);
                    given().auth().oauth2(writer).when().delete("/v3/brands/{id}", id).then().statusCode(204);
                    return String.valueOf(id);
                });
    }

    private static long newBrand(String writer) {
        return ((Number) given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body(Map.of("name", "Acme", "phone_number", "+15551234567"))
                .when().post("/v3/brands")
                .then().statusCode(201).extract().path("brand.id")).longValue();
    }

    private static String writer(TestTokens tokens, long account) {
        return tokens.client(account, "brands:write");
    }
}
