package io.fieldline.platform.outbox;

import io.fieldline.events.EventType;

/**
 * A change to one entity, as other services see it: an event of a declared {@code type}, published on its contract's
 * topic keyed by the entity id (so that one entity's events stay in order), with the full entity after the change as
 * data.
 *
 * @param <T> the data class of the type's contract
 */
public record ChangeEvent<T>(EventType<T> type, String entityId, long accountId, T data) {

    /** The topic of the type's contract. */
    public String topic() {
        return type.contract().topic();
    }
}
