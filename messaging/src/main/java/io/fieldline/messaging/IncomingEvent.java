package io.fieldline.messaging;

import io.fieldline.events.EventType;

/**
 * One event as a consumer receives it: its declared type, the record key (the entity id) and the typed data.
 *
 * @param <T> the data class of the type's contract
 */
public record IncomingEvent<T>(EventType<T> type, String key, T data) {
}
