package io.fieldline.testkit;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

/**
 * Sends the kinds of bad input that must never reach the database to every JSON body field and every query parameter
 * of every operation a service's OpenAPI document lists: U+0000, a lone surrogate, a value of the wrong JSON type, a
 * null array element, a duplicate key and a query parameter given twice. Each must come back as a 400 or 422 naming
 * the field, never a 2xx or a 5xx; a number too long or too large for an integer field is a 422 naming it (a 400 on a
 * surface that answers every broken field rule so). A body that is an array of objects gets the bad value in its one
 * item. The document is generated from the resources, so a new route is swept without anyone listing it.
 */
public final class BadInputSweep {

    private static final List<String> METHODS = List.of("post", "put", "patch", "get", "delete");
    private static final Map<String, String> OUT_OF_RANGE = Map.of("a 2,001-digit number", "1".repeat(2001),
            "2^63", "9223372036854775808");

    private final String token;
    private final boolean fieldsInMessage;

    /**
     * A sweep whose requests carry {@code token}, which must hold every scope the operations need, of a surface whose
     * error body names the fields under {@code error.fields}.
     */
    public BadInputSweep(String token) {
        this(token, false);
    }

    private BadInputSweep(String token, boolean fieldsInMessage) {
        this.token = token;
        this.fieldsInMessage = fieldsInMessage;
    }

    /** A sweep of a surface whose error body is {@code {"status", "message"}}: the message must name the field. */
    public static BadInputSweep namingFieldsInMessages(String token) {
        return new BadInputSweep(token, true);
    }

    /** One dynamic test per operation, field and kind of bad input, for the operations under {@code pathPrefix}. */
    public Stream<DynamicTest> under(String pathPrefix) {
        JsonPath document = given().port(ManagementPort.get()).accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<DynamicTest> tests = new ArrayList<>();
        paths.forEach((template, operations) -> {
            if (!template.startsWith(pathPrefix)) {
                return;
            }
            String path = template.replaceAll("\\{[^}]*}", "1");
            for (String method : METHODS) {
                if (!operations.containsKey(method)) {
                    continue;
                }
                String operation = "paths.'" + template + "'." + method;
                Map<String, Map<String, Object>> properties = bodyProperties(document, operation);
                String[] wrap = isArrayBody(document, operation) ? new String[] {"[", "]"} : new String[] {"", ""};
                properties.forEach((field, schema) -> badValues(schema).forEach((kind, value) -> tests.add(
                        DynamicTest.dynamicTest(method.toUpperCase() + " " + template + " " + field + ": " + kind,
                                () -> refusesBody(method, path, wrap[0] + "{\"" + field + "\": " + value + "}" + wrap[1],
                                        field)))));
                properties.forEach((field, schema) -> {
                    if ("integer".equals(schema.get("type"))) {
                        OUT_OF_RANGE.forEach((kind, value) -> tests.add(DynamicTest.dynamicTest(
                                method.toUpperCase() + " " + template + " " + field + ": " + kind,
                                () -> refusesOutOfRange(method, path,
                                        wrap[0] + "{\"" + field + "\": " + value + "}" + wrap[1], field))));
                    }
                });
                properties.keySet().stream().findFirst().ifPresent(field -> tests.add(DynamicTest.dynamicTest(
                        method.toUpperCase() + " " + template + " " + field + ": duplicate key",
                        () -> refusesBody(method, path,
                                wrap[0] + "{\"" + field + "\": null, \"" + field + "\": null}" + wrap[1], field))));
                queryParameters(document, operation).forEach(parameter -> Map.of("NUL", parameter + "=a%00b",
                        "given twice", parameter + "=1&" + parameter + "=2").forEach((kind, query) -> tests.add(
                        DynamicTest.dynamicTest(method.toUpperCase() + " " + template + " ?" + parameter + ": " + kind,
                                () -> given().auth().oauth2(token).urlEncodingEnabled(false)
                                        .request(method.toUpperCase(), path + "?" + query)
                                        .then().statusCode(400).body("error.fields", hasKey(parameter))))));
            }
        });
        return tests.stream();
    }

    private void refusesBody(String method, String path, String body, String field) {
        refuses(method, path, body, field, anyOf(equalTo(400), equalTo(422)));
    }

    /** A number the field's type cannot hold is a broken field rule: 422, or the surface's status for one. */
    private void refusesOutOfRange(String method, String path, String body, String field) {
        refuses(method, path, body, field, equalTo(fieldsInMessage ? 400 : 422));
    }

    private void refuses(String method, String path, String body, String field, Matcher<Integer> status) {
        ValidatableResponse refused = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .request(method.toUpperCase(), path)
                .then().statusCode(status);
        if (fieldsInMessage) {
            refused.body("message", containsString(field));
        } else {
            refused.body("error.fields", hasKey(naming(field)));
        }
    }

    /**
     * A key of {@code error.fields} that names {@code field}: the field itself, an element of it ({@code roles[0]}), or
     * the same in the first element of a list body ({@code [0].roles}).
     */
    private static Matcher<String> naming(String field) {
        return anyOf(equalTo(field), startsWith(field + "["), equalTo("[0]." + field), startsWith("[0]." + field + "["));
    }

    /** The bad values for a field of this schema, by kind, as JSON text. */
    private static Map<String, String> badValues(Map<String, Object> schema) {
        Object type = schema.get("type");
        if ("array".equals(type)) {
            return Map.of("null element", "[null]", "wrong type", "\"text\"", "NUL in an element", "[\"a\\u0000b\"]");
        }
        if ("string".equals(type)) {
            return Map.of("NUL", "\"a\\u0000b\"", "lone surrogate", "\"\\ud800\"", "wrong type", "true");
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return Map.of("wrong type", "true", "NUL", "\"1\\u00002\"");
        }
        if ("boolean".equals(type)) {
            return Map.of("wrong type", "\"yes\"");
        }
        return Map.of("NUL", "\"a\\u0000b\"");
    }

    private static boolean isArrayBody(JsonPath document, String operation) {
        return "array".equals(document.getString(operation + ".requestBody.content.'application/json'.schema.type"));
    }

    private static Map<String, Map<String, Object>> bodyProperties(JsonPath document, String operation) {
        String schema = operation + ".requestBody.content.'application/json'.schema";
        String reference = document.getString(schema + (isArrayBody(document, operation) ? ".items" : "") + ".'$ref'");
        if (reference == null) {
            return Map.of();
        }
        Map<String, Map<String, Object>> properties = document.getMap(
                "components.schemas." + reference.substring(reference.lastIndexOf('/') + 1) + ".properties");
        return properties == null ? Map.of() : properties;
    }

    private static List<String> queryParameters(JsonPath document, String operation) {
        List<Map<String, Object>> parameters = document.getList(operation + ".parameters");
        return parameters == null ? List.of() : parameters.stream().filter(parameter -> "query".equals(parameter.get("in")))
                .map(parameter -> String.valueOf(parameter.get("name"))).toList();
    }
}
