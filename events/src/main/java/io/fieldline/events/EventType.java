package io.fieldline.events;

/**
 * One CloudEvent type of a contract, such as {@code fieldline.workforce.user.created.v1}: declared only by its
 * {@link EventContract}, so a producer cannot send a type its topic does not carry.
 *
 * @param <T> the data class of the contract
 */
public final class EventType<T> {

    private final EventContract<T> contract;
    private final String name;

    EventType(EventContract<T> contract, String name) {
        this.contract = contract;
        this.name = name;
    }

    /** The contract that declares the type. */
    public EventContract<T> contract() {
        return contract;
    }

    /** The {@code ce_type}, versioned in its last segment ({@code .v1}). */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
