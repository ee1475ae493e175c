package io.fieldline.platform.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.platform.errors.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openapitools.jackson.nullable.JsonNullable;
import org.openapitools.jackson.nullable.JsonNullableModule;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a request body is read and what its refusals say, without a running service. */
class RequestBodyRulesTest {

    record Body(@JsonProperty("first_name") String firstName,
                @JsonProperty("organization_id") @JsonDeserialize(using = IdDeserializer.class) Long organizationId,
                List<@NotNull(message = "must not hold null") @OneOf(value = {"dispatcher", "technician"}, what = "role") String> roles,
                Boolean active,
                @JsonProperty("email") JsonNullable<String> email,
                Integer count,
                Long version,
                List<@Valid Phone> phones,
                Double fee) {
    }

    record Phone(@PhoneNumber String number, Boolean primary) {
    }

    private final ObjectMapper strict = StrictRequestJson.strict(new ObjectMapper().registerModule(new JsonNullableModule()));
    private final Validator validator = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .propertyNodeNameProvider(new JsonFieldNames())
            .addValueExtractor(new JsonNullableValues())
            .buildValidatorFactory().getValidator();
    private final JsonRequestBodies bodies = new JsonRequestBodies(strict, validator);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a number for a string   | {\"first_name\": 123}            | 422 | first_name      | must be a string",
            "a string for a boolean  | {\"active\": \"true\"}           | 422 | active          | must be true or false",
            "a number for a boolean  | {\"active\": 1}                  | 422 | active          | must be true or false",
            "a string for an array   | {\"roles\": \"technician\"}      | 422 | roles           | must be an array",
            "an unknown field        | {\"nickname\": \"J\"}            | 422 | nickname        | is not a field here; allowed: active, count, email, fee, first_name, organization_id, phones, roles, version",
            "a NUL character         | {\"first_name\": \"a\\u0000b\"}  | 422 | first_name      | must not contain the NUL character (U+0000)",
            "a lone surrogate        | {\"first_name\": \"\\ud800\"}    | 422 | first_name      | must be valid Unicode text (it has an unpaired surrogate)",
            "a NUL in an element     | {\"roles\": [\"a\\u0000\"]}      | 422 | roles[0]        | must not contain the NUL character (U+0000)",
            "an id that is a word    | {\"organization_id\": \"ten\"}   | 422 | organization_id | must be a positive integer id",
            "an id that is negative  | {\"organization_id\": -3}        | 422 | organization_id | must be a positive integer id",
            "an id after a space     | {\"organization_id\": \" 10\"}   | 422 | organization_id | must be a positive integer id",
            "an id before a space    | {\"organization_id\": \"10 \"}   | 422 | organization_id | must be a positive integer id",
            "a duplicate key         | {\"active\": true, \"active\": false} | 400 | active    | is given more than once",
            "not an object           | [1, 2]                           | 422 | body            | must be an object",
    })
    void shouldNameTheFieldOfEveryBodyItRefuses(String what, String json, int status, String field, String problem) {
        ApiException refused = RequestBodyProblems.of(assertThrows(JsonProcessingException.class,
                () -> strict.readValue(json, Body.class)));
        assertEquals(status, refused.status());
        assertEquals(List.of(problem), refused.fields().get(field), refused.getMessage());
    }

    @Test
    void shouldNameTheFieldOfANumberTooLongOrTooLargeForIt() {
        String digits = "1".repeat(2001);
        assertRefusedField("{\"organization_id\": " + digits + "}", "organization_id", "must be a positive integer id");
        assertRefusedField("{\"organization_id\": 9223372036854775808}", "organization_id", "must be a positive integer id");
        assertRefusedField("{\"version\": " + digits + "}", "version",
                "must be an integer from -9223372036854775808 to 9223372036854775807");
        assertRefusedField("{\"version\": 9223372036854775808}", "version",
                "must be an integer from -9223372036854775808 to 9223372036854775807");
        assertRefusedField("{\"count\": -2147483649}", "count", "must be an integer from -2147483648 to 2147483647");
        assertRefusedField("{\"first_name\": " + digits + "}", "first_name", "must be a string");
    }

    @Test
    void shouldRefuseANumberBeyondTheLimitOfARequestAsAWhole() {
        ApiException refused = RequestBodyProblems.of(assertThrows(JsonProcessingException.class,
                () -> strict.readValue("{\"version\": " + "1".repeat(StrictRequestJson.MAX_NUMBER_DIGITS + 1) + "}",
                        Body.class)));
        assertEquals(400, refused.status());
    }

    private void assertRefusedField(String json, String field, String problem) {
        ApiException refused = RequestBodyProblems.of(assertThrows(JsonProcessingException.class,
                () -> strict.readValue(json, Body.class)));
        assertEquals(422, refused.status(), refused.getMessage());
        assertEquals(List.of(problem), refused.fields().get(field), refused.getMessage());
    }

    @Test
    void shouldNameADuplicateKeyInAnElementOfAListBodyAsAtTheTop() {
        ApiException refused = RequestBodyProblems.of(assertThrows(JsonProcessingException.class,
                () -> strict.readValue("[{\"active\": true, \"active\": false}]", new TypeReference<List<Body>>() {
                })));
        assertEquals(400, refused.status());
        assertEquals(List.of("is given more than once"), refused.fields().get("active"), refused.getMessage());
    }

    @Test
    void shouldCallMalformedJsonMalformed() {
        ApiException refused = RequestBodyProblems.of(assertThrows(JsonProcessingException.class,
                () -> strict.readValue("{\"first_name\": ", Body.class)));
        assertEquals(400, refused.status());
        assertEquals("Request body is not valid JSON", refused.getMessage());
    }

    @Test
    void shouldTakeAnIdAsANumberOrAStringOfDigits() throws Exception {
        assertEquals(10L, strict.readValue("{\"organization_id\": 10}", Body.class).organizationId());
        assertEquals(10L, strict.readValue("{\"organization_id\": \"10\"}", Body.class).organizationId());
    }

    @Test
    void shouldNameEveryBrokenRuleByItsJsonFieldWithTheRefusedWord() throws Exception {
        Body body = strict.readValue("{\"first_name\": \"Jim\", \"roles\": [\"plumber\", null]}", Body.class);
        ApiException refused = RequestBodyProblems.of(validator.validate(body));
        assertEquals(422, refused.status());
        assertEquals(List.of("has unknown role \"plumber\": valid roles are \"dispatcher\" and \"technician\""),
                refused.fields().get("roles[0]"));
        assertEquals(List.of("must not hold null"), refused.fields().get("roles[1]"));
    }

    @Test
    void shouldTellAnAbsentFieldFromAnExplicitNull() throws Exception {
        Body absent = strict.readValue("{}", Body.class);
        Body cleared = strict.readValue("{\"email\": null}", Body.class);
        assertFalse(Patch.given(absent.email()));
        assertTrue(Patch.given(cleared.email()));
        String[] stored = {"jim@example.com"};
        assertFalse(Patch.apply(absent.email(), stored[0], value -> stored[0] = value));
        assertEquals("jim@example.com", stored[0]);
        assertTrue(Patch.apply(cleared.email(), stored[0], value -> stored[0] = value));
        assertEquals(null, stored[0]);
    }

    @Test
    void shouldAcceptPairedSurrogatesAndOrdinaryText() {
        assertTrue(TextRule.problemWith("Zoë 🔧 plumber").isEmpty());
    }

    @Test
    void shouldNameEveryProblemOfABodyAtOnceEachByItsPath() {
        ApiException refused = assertThrows(ApiException.class, () -> bodies.read(bytes("""
                {"nickname": "J", "first_name": 7, "roles": ["plumber", 3],
                 "phones": [{"number": "12", "primary": "yes"}, {"number": "+15551234567", "primary": true}]}"""),
                bodies.type(Body.class)));
        assertEquals(422, refused.status());
        assertEquals(Map.of(
                "nickname", List.of("is not a field here; allowed: active, count, email, fee, first_name, organization_id, "
                        + "phones, roles, version"),
                "first_name", List.of("must be a string"),
                "roles[0]", List.of("has unknown role \"plumber\": valid roles are \"dispatcher\" and \"technician\""),
                "roles[1]", List.of("must be a string"),
                "phones[0].primary", List.of("must be true or false"),
                "phones[0].number", List.of("must be a valid phone number in RFC 3966 global format, e.g. +15551234567")),
                refused.fields(), refused.getMessage());
    }

    @Test
    void shouldNameTheElementOfAListBodyByItsIndex() {
        ApiException refused = assertThrows(ApiException.class, () -> bodies.read(bytes("""
                [{"first_name": "Jim"}, {"first_name": "Kim", "active": 1, "roles": ["plumber"]}]"""),
                bodies.type(new TypeReference<List<Body>>() {
                }.getType())));
        assertEquals(Map.of("[1].active", List.of("must be true or false"),
                "[1].roles[0]", List.of("has unknown role \"plumber\": valid roles are \"dispatcher\" and \"technician\"")),
                refused.fields(), refused.getMessage());
    }

    @Test
    void shouldCallBytesThatAreNotUtf8AnUnreadableBody() {
        byte[] body = {'{', '"', 'f', 'i', 'r', 's', 't', '_', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        ApiException refused = assertThrows(ApiException.class, () -> bodies.read(body, bodies.type(Body.class)));
        assertEquals(400, refused.status());
        assertEquals("Request body is not valid JSON: it holds bytes that are not UTF-8", refused.getMessage());
    }

    @Test
    void shouldRefuseAnOverlongFormAsBytesThatAreNotUtf8() {
        byte[] slash = {'{', '"', 'f', 'i', 'r', 's', 't', '_', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        ApiException refused = assertThrows(ApiException.class, () -> bodies.read(slash, bodies.type(Body.class)));
        assertEquals(400, refused.status());
        assertFalse(StrictUtf8.isValid(new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
        assertTrue(StrictUtf8.isValid("Zoë 🔧".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldRefusePercentEscapesThatAreNotUtf8() {
        assertTrue(StrictUtf8.percentDecodesToValidText("filter[email_eq]=zo%C3%AB%40x.com"));
        assertFalse(StrictUtf8.percentDecodesToValidText("action=%C3%28"));
        assertFalse(StrictUtf8.percentDecodesToValidText("a=%C0%AF"));
        assertFalse(StrictUtf8.percentDecodesToValidText("a=%zz"));
    }

    @Test
    void shouldRefuseANumberTooLargeForAFloatingPointField() {
        ApiException refused = assertThrows(ApiException.class,
                () -> bodies.read(bytes("{\"fee\": 1e400}"), bodies.type(Body.class)));
        assertEquals(422, refused.status());
        assertEquals(List.of("must be a finite number"), refused.fields().get("fee"));
    }

    @Test
    void shouldCallABodyOfTwoValuesOrNestedTooDeepUnreadable() {
        ApiException twoValues = assertThrows(ApiException.class,
                () -> bodies.read(bytes("{} {}"), bodies.type(Body.class)));
        assertEquals(400, twoValues.status());
        assertEquals("Request body is not valid JSON: it holds more than one value", twoValues.getMessage());
        ApiException deep = assertThrows(ApiException.class,
                () -> bodies.read(bytes("{\"roles\": " + "[".repeat(3000) + "]".repeat(3000) + "}"), bodies.type(Body.class)));
        assertEquals(400, deep.status());
        assertEquals("Request body nests objects and arrays deeper than a request may", deep.getMessage());
    }

    @Test
    void shouldReadAGoodBodyAsIs() {
        Body body = (Body) bodies.read(bytes("{\"first_name\": \"Jim\", \"roles\": [\"technician\"]}"),
                bodies.type(Body.class));
        assertEquals("Jim", body.firstName());
        assertEquals(List.of("technician"), body.roles());
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
