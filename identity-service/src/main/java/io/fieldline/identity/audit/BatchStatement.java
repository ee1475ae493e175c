package io.fieldline.identity.audit;

import java.util.List;

/** A statement made by {@link AuditTrail#afterEach}: its text, and the element type of each of its effect's arrays. */
public record BatchStatement(String sql, List<Class<?>> effectTypes) {
}
