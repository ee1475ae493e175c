package io.fieldline.platform.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value of the right type that a field still refuses (text breaking {@link TextRule}, a malformed id); Jackson adds the path of the field that held it. */
final class UnacceptableValueException extends JsonMappingException {

    UnacceptableValueException(JsonParser parser, String problem) {
        super(parser, problem);
    }

    /** The rule that was broken, without Jackson's location and path. */
    String problem() {
        return getOriginalMessage();
    }
}
