package io.fieldline.technician.userbulk.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.validation.PhoneNumbers;
import io.fieldline.platform.validation.TextRule;
import io.fieldline.technician.user.rest.UserRules;
import org.openapitools.jackson.nullable.JsonNullable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one user of a users bulk API body (seed: users-bulk-api.txt, "User API Properties") into its
 * {@link UserChanges}, naming every broken rule in one 422. A JSON body's values must have their JSON types; an XML
 * body's are all text ({@code <Enabled>true</Enabled>}), and its lists hold one element per item, of any one name
 * ({@code <SkillTags><SkillTag>TruckLicense</SkillTag></SkillTags>}, or .NET's {@code <string>}). {@code Password} is
 * refused: the seed lets no password be set through this API. {@code Created}, {@code Id} and {@code Archived} are
 * read only: taken and left aside, so that a user read from this API can be sent back as it is.
 */
public final class UserProperties {

    public static final int MAX_EXTERNAL_ID = 128;
    public static final int MAX_TEXT = 200;
    public static final int MAX_INITIALS = 10;
    public static final int MAX_LIST = 100;
    public static final int MAX_DATA_FIELDS = 100;
    public static final int MAX_DATA_VALUE = 4000;
    /** A Data field's name: also an XML element name, so that a user reads and writes the same in both formats. */
    private static final Pattern DATA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]");
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
    /** The seed's own example, {@code "303 555 5555"}, is a North American number without its country code. */
    private static final String DEFAULT_REGION = "US";
    private static final List<String> PROPERTIES = List.of("ExternalId", "Name", "Initials", "Phone", "Email", "UserType",
            "Image", "Lat", "Lon", "StreetAddress", "Unit", "City", "State", "Zip", "SkillTags", "Enabled", "Data", "Teams",
            "LastUpdated", "Created", "Id", "OrganizationId", "Archived");

    private final JsonNode user;
    private final boolean xml;
    private final FieldErrors errors = new FieldErrors();

    private UserProperties(JsonNode user, boolean xml) {
        this.user = user;
        this.xml = xml;
    }

    /**
     * The changes {@code user} asks for.
     *
     * @param xml whether it came as XML, where every value is text
     * @throws io.fieldline.platform.errors.ApiException 422 naming every property that breaks a rule
     */
    public static UserChanges read(JsonNode user, boolean xml) {
        if (user == null || !user.isObject()) {
            new FieldErrors().add("User", "must be a user object").throwIfAny();
        }
        return new UserProperties(user, xml).read();
    }

    private UserChanges read() {
        user.properties().forEach(property -> checkKnown(property.getKey()));
        JsonNullable<String> name = text("Name", MAX_TEXT * 2, true);
        JsonNullable<String[]> names = map(name, UserProperties::splitName);
        names.ifPresent(parts -> {
            if (parts != null && (parts[0].length() > UserRules.MAX_NAME || parts[1].length() > UserRules.MAX_NAME)) {
                errors.add("Name", "must be at most " + UserRules.MAX_NAME + " characters for the first name and for the rest");
            }
        });
        UserChanges changes = new UserChanges(
                Optional.ofNullable(text("ExternalId", MAX_EXTERNAL_ID, false).orElse(null)).filter(this::validExternalId),
                map(names, parts -> parts[0]), map(names, parts -> parts[1]),
                text("Initials", MAX_INITIALS, true),
                map(text("Phone", MAX_TEXT, false), this::phone),
                map(text("Email", UserRules.MAX_EMAIL, true), this::email),
                map(text("UserType", MAX_TEXT, true), this::userType),
                text("Image", MAX_TEXT, false),
                number("Lat", 90), number("Lon", 180),
                text("StreetAddress", MAX_TEXT, false), text("Unit", MAX_TEXT, false), text("City", MAX_TEXT, false),
                text("State", MAX_TEXT, false), text("Zip", MAX_TEXT, false),
                list("SkillTags"),
                enabled(),
                data(),
                list("Teams"),
                lastUpdated(),
                organizationId());
        errors.throwIfAny();
        return changes;
    }

    private void checkKnown(String property) {
        if (property.equals("Password")) {
            errors.add(property, "cannot be set through this API: users set their password in the application"
                    + " (seed: users-bulk-api.txt)");
        } else if (!PROPERTIES.contains(property)) {
            errors.add(property, "is not a property of a user; allowed: " + String.join(", ", PROPERTIES));
        }
    }

    /**
     * A text property: undefined when absent; {@code null} when null or blank, which a required one may not be;
     * else stripped, at most {@code max} characters, one line of Unicode text.
     */
    private JsonNullable<String> text(String property, int max, boolean required) {
        Optional<JsonNode> value = scalar(property);
        if (value.isEmpty()) {
            return JsonNullable.undefined();
        }
        if (value.get().isNull() || value.get().isTextual() && value.get().asText().isBlank()) {
            if (required) {
                errors.add(property, "is required and cannot be cleared");
            }
            return JsonNullable.of(null);
        }
        if (!value.get().isTextual()) {
            errors.add(property, "must be text");
            return JsonNullable.undefined();
        }
        String text = value.get().asText().strip();
        Optional<String> problem = TextRule.problemWith(text);
        if (problem.isPresent()) {
            errors.add(property, problem.get());
        } else if (CONTROL.matcher(text).find()) {
            errors.add(property, "must be one line of text without control characters");
        } else if (text.length() > max) {
            errors.add(property, "must be at most " + max + " characters");
        } else {
            return JsonNullable.of(text);
        }
        return JsonNullable.undefined();
    }

    /** A number within ±{@code bound} (degrees); {@code null} (or empty in XML) clears it. */
    private JsonNullable<Double> number(String property, double bound) {
        Optional<JsonNode> value = scalar(property);
        if (value.isEmpty()) {
            return JsonNullable.undefined();
        }
        JsonNode node = value.get();
        if (node.isNull() || xml && node.asText().isBlank()) {
            return JsonNullable.of(null);
        }
        Double number = node.isNumber() ? Double.valueOf(node.doubleValue()) : xml ? parseDouble(node.asText()) : null;
        if (number == null || number.isNaN() || Math.abs(number) > bound) {
            errors.add(property, "must be a number from -" + (int) bound + " to " + (int) bound);
            return JsonNullable.undefined();
        }
        return JsonNullable.of(number);
    }

    private JsonNullable<Boolean> enabled() {
        Optional<JsonNode> value = scalar("Enabled");
        if (value.isEmpty()) {
            return JsonNullable.undefined();
        }
        JsonNode node = value.get();
        if (node.isBoolean()) {
            return JsonNullable.of(node.booleanValue());
        }
        if (xml && (node.asText().equals("true") || node.asText().equals("false"))) {
            return JsonNullable.of(Boolean.parseBoolean(node.asText()));
        }
        errors.add("Enabled", "must be true or false");
        return JsonNullable.undefined();
    }

    /** A list of text: a JSON array, or in XML an element holding one element per item; {@code null} empties it. */
    private JsonNullable<List<String>> list(String property) {
        JsonNode value = user.get(property);
        if (value == null) {
            return JsonNullable.undefined();
        }
        List<JsonNode> items = new ArrayList<>();
        if (value.isNull() || xml && value.isTextual() && value.asText().isBlank()) {
            return JsonNullable.of(List.of());
        } else if (!xml && value.isArray()) {
            value.forEach(items::add);
        } else if (xml && value.isObject() && value.size() == 1) {
            JsonNode elements = value.properties().iterator().next().getValue();
            if (elements.isArray()) {
                elements.forEach(items::add);
            } else {
                items.add(elements);
            }
        } else {
            errors.add(property, xml ? "must hold one element per item, such as <SkillTag>TruckLicense</SkillTag>"
                    : "must be a list of text");
            return JsonNullable.undefined();
        }
        if (items.size() > MAX_LIST) {
            errors.add(property, "must hold at most " + MAX_LIST + " items");
            return JsonNullable.undefined();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : items) {
            String text = item.isTextual() ? item.asText().strip() : "";
            if (text.isEmpty() || text.length() > MAX_TEXT || TextRule.problemWith(text).isPresent()
                    || CONTROL.matcher(text).find()) {
                errors.add(property, "must hold one line of text of 1 to " + MAX_TEXT + " characters per item");
                return JsonNullable.undefined();
            }
            if (!texts.contains(text)) {
                texts.add(text);
            }
        }
        return JsonNullable.of(List.copyOf(texts));
    }

    /** The custom fields sent, by name: text, or in JSON also a number or a boolean; {@code null} removes a field. */
    private Map<String, String> data() {
        JsonNode value = user.get("Data");
        Map<String, String> fields = new LinkedHashMap<>();
        if (value == null || value.isNull() || xml && value.isTextual() && value.asText().isBlank()) {
            return fields;
        }
        if (!value.isObject()) {
            errors.add("Data", "must be an object of custom fields by name");
            return fields;
        }
        if (value.size() > MAX_DATA_FIELDS) {
            errors.add("Data", "must hold at most " + MAX_DATA_FIELDS + " fields");
            return fields;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String field = "Data." + entry.getKey();
            JsonNode fieldValue = entry.getValue();
            if (!DATA_NAME.matcher(entry.getKey()).matches()) {
                errors.add(field, "must be named by a letter or _ and then up to 63 letters, digits, _, . or -");
            } else if (fieldValue.isNull()) {
                fields.put(entry.getKey(), null);
            } else if (!fieldValue.isValueNode()) {
                errors.add(field, "must be text, a number or a boolean");
            } else {
                String text = fieldValue.asText();
                if (TextRule.problemWith(text).isPresent() || CONTROL_BUT_LINES.matcher(text).find()) {
                    errors.add(field, "must be text without control characters other than tabs and line breaks");
                } else if (text.length() > MAX_DATA_VALUE) {
                    errors.add(field, "must be at most " + MAX_DATA_VALUE + " characters");
                } else {
                    fields.put(entry.getKey(), text);
                }
            }
        }
        return fields;
    }

    /** The {@code LastUpdated} the client last saw (seed: "Diff Updates using the Last Updated Field"). */
    private Optional<Instant> lastUpdated() {
        JsonNullable<String> text = text("LastUpdated", MAX_TEXT, false);
        if (!text.isPresent() || text.get() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException unparsable) {
            errors.add("LastUpdated", "must be an ISO-8601 time in UTC, such as 2017-01-30T18:43:22Z");
            return Optional.empty();
        }
    }

    /** Our extension: the organization a new user joins. */
    private Optional<Long> organizationId() {
        Optional<JsonNode> value = scalar("OrganizationId");
        if (value.isEmpty() || value.get().isNull()) {
            return Optional.empty();
        }
        JsonNode node = value.get();
        String digits = node.isIntegralNumber() || xml && node.isTextual() ? node.asText().strip() : "";
        if (!digits.matches("[1-9][0-9]{0,17}")) {
            errors.add("OrganizationId", "must be the id of an organization of the account");
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    /** A property that holds one value: a repeated XML element is refused, as a duplicate JSON key is. */
    private Optional<JsonNode> scalar(String property) {
        JsonNode value = user.get(property);
        if (value == null) {
            return Optional.empty();
        }
        if (xml && value.isArray()) {
            errors.add(property, "is given more than once");
            return Optional.empty();
        }
        if (xml && value.isObject()) {
            errors.add(property, "must be text");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private boolean validExternalId(String externalId) {
        if (externalId.contains("/")) {
            errors.add("ExternalId", "must not contain /, as it names the user in the API's path");
            return false;
        }
        return true;
    }

    private String phone(String text) {
        Optional<String> e164 = text.startsWith("+") || text.regionMatches(true, 0, "tel:", 0, 4)
                ? PhoneNumbers.parse(text).map(number -> PhoneNumberUtil.getInstance().format(number,
                        PhoneNumberUtil.PhoneNumberFormat.E164))
                : national(text);
        if (e164.isEmpty()) {
            errors.add("Phone", "must be a phone number: +, the country code and the number, or a North American"
                    + " number such as 303 555 5555");
        }
        return e164.orElse(null);
    }

    private static Optional<String> national(String text) {
        if (!text.matches("[0-9 ().-]{1,40}")) {
            return Optional.empty();
        }
        try {
            PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
            var number = numbers.parse(text, DEFAULT_REGION);
            return numbers.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                    ? Optional.of(numbers.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException unparsable) {
            return Optional.empty();
        }
    }

    private String email(String text) {
        if (!text.matches(UserRules.EMAIL)) {
            errors.add("Email", UserRules.EMAIL_MESSAGE);
        }
        return text;
    }

    private UserType userType(String text) {
        Optional<UserType> type = UserType.of(text);
        if (type.isEmpty()) {
            errors.add("UserType", "must be one of " + UserType.names());
        }
        return type.orElse(null);
    }

    /** First word, and the rest (empty for a one-word name), as {@code /tech} splits a name. */
    private static String[] splitName(String name) {
        String[] parts = name.split("\\s+", 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
    }

    private static Double parseDouble(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** {@code value} mapped when it holds one; undefined and {@code null} as they are. */
    private static <T, R> JsonNullable<R> map(JsonNullable<T> value, Function<T, R> mapping) {
        if (!value.isPresent()) {
            return JsonNullable.undefined();
        }
        return JsonNullable.of(value.get() == null ? null : mapping.apply(value.get()));
    }
}
