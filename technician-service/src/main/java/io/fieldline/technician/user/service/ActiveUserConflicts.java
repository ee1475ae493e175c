package io.fieldline.technician.user.service;

import io.fieldline.platform.errors.ApiException;
import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

import java.util.List;
import java.util.Map;

/**
 * An account's emails (its logins, without case) and phone numbers each belong to one active user (issue 11, "The
 * model"; seed: Users). The service checks before it writes, and the partial unique indexes of the database hold
 * the rule when two requests race: either way the answer is a 409 naming the field (ARCHITECTURE.md: a conflict with
 * existing data), with the message the technician management API documents ("Email already exists").
 */
public final class ActiveUserConflicts {

    private static final String SQL_UNIQUE_VIOLATION = "23505";
    private static final String EMAIL_INDEX = "workforce_user_active_email";
    private static final String PHONE_INDEX = "workforce_user_active_phone";
    private static final String TAKEN = "is already used by another active user";

    private ActiveUserConflicts() {
    }

    public static ApiException emailTaken() {
        return new ApiException(409, "conflict", "Email already exists", Map.of("email", List.of(TAKEN)));
    }

    public static ApiException phoneTaken() {
        return new ApiException(409, "conflict", "Phone number already exists", Map.of("phone_number", List.of(TAKEN)));
    }

    /** The 409 for a write the database refused by one of these indexes; any other failure as it is. */
    public static Throwable fromDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String constraint = constraintOf(cause);
            if (constraint != null && constraint.contains(EMAIL_INDEX)) {
                return emailTaken();
            }
            if (constraint != null && constraint.contains(PHONE_INDEX)) {
                return phoneTaken();
            }
        }
        return failure;
    }

    /**
     * The unique constraint a failure names: PostgreSQL's own error names it; Hibernate Reactive's translation of it
     * may carry no name, but its message quotes the server's, which names it.
     */
    private static String constraintOf(Throwable failure) {
        if (failure instanceof PgException refused && SQL_UNIQUE_VIOLATION.equals(refused.getSqlState())) {
            return refused.getConstraint();
        }
        if (failure instanceof ConstraintViolationException refused) {
            return refused.getConstraintName() != null ? refused.getConstraintName() : refused.getMessage();
        }
        return null;
    }
}
