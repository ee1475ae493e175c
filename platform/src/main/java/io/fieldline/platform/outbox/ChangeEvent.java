package io.fieldline.platform.outbox;

/**
 * A change to one entity, as other services see it: published to {@code topic}, keyed by the entity id so that one
 * entity's events stay in order, with CloudEvents type {@code type} and the full entity after the change as data.
 */
public record ChangeEvent(String topic, String type, String entityId, long accountId, Object data) {
}
