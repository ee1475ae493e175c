package io.fieldline.platform.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads a 64-bit id given as a JSON number or as a string of digits: the seeds type ids as strings in their attribute
 * tables and write them as numbers in their examples (seed: Users, {@code organization_id}). Anything else, surrounding
 * spaces included (an id is never trimmed), names the field as "must be a positive integer id".
 */
public final class IdDeserializer extends StdDeserializer<Long> {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    public IdDeserializer() {
        super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.currentToken() == JsonToken.VALUE_NUMBER_INT || parser.currentToken() == JsonToken.VALUE_STRING
                ? parser.getText() : null;
        if (text == null || !ID.matcher(text).matches()) {
            throw new UnacceptableValueException(parser, "must be a positive integer id");
        }
        return Long.parseLong(text);
    }
}
