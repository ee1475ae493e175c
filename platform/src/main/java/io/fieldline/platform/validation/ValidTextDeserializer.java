package io.fieldline.platform.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads a JSON string and refuses text PostgreSQL cannot store or that is not Unicode: U+0000 anywhere, or a surrogate
 * escape ({@code "\ud800"}) without its pair. Such text is refused, never altered, so what is stored is what was sent.
 */
final class ValidTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        Optional<String> problem = TextRule.problemWith(text);
        if (problem.isPresent()) {
            throw new UnacceptableValueException(parser, problem.get());
        }
        return text;
    }
}
