package io.fieldline.messaging;

/**
 * An event no retry can read: a type its topic does not carry, data that is not JSON of the contract's shape. Its
 * message becomes the {@code dead-letter-reason} header of the record on the dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
