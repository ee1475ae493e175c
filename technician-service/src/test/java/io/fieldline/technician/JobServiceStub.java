package io.fieldline.technician;

import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The organizations job-service holds, as its internal organizations API answers about them, and the questions
 * technician-service asked. An organization no test declared is a first-party organization of whichever account asks
 * (version 1), so that tests about other things need not create organizations; a test about organizations declares
 * its own: one of an account, or one job-service does not have.
 */
public final class JobServiceStub {

    /** One question: which organization, for which account, with which {@code Authorization} header. */
    public record Question(long organizationId, long accountId, String authorization) {
    }

    private record Declared(Optional<JsonObject> organization) {
    }

    final List<Question> questions = new CopyOnWriteArrayList<>();
    final AtomicBoolean down = new AtomicBoolean();
    private final Map<Long, Declared> organizations = new ConcurrentHashMap<>();

    /** Declares an organization of the account, as job-service's answer has it. */
    public void organization(long id, long accountId, String network, boolean deleted, long version) {
        organizations.put(id, new Declared(Optional.of(new JsonObject().put("id", id).put("account_id", accountId)
                .put("network", network).put("deleted", deleted).put("version", version))));
    }

    /** Declares that job-service has no organization with this id, in any account. */
    public void absent(long id) {
        organizations.put(id, new Declared(Optional.empty()));
    }

    /** Makes job-service answer every question with 503 until {@link #up()}. */
    public void down() {
        down.set(true);
    }

    public void up() {
        down.set(false);
    }

    public List<Question> questionsAbout(long organizationId) {
        return questions.stream().filter(question -> question.organizationId() == organizationId).toList();
    }

    /** The answer's body to a question, or empty for a 404. */
    Optional<JsonObject> answer(long id, long accountId) {
        Declared declared = organizations.get(id);
        if (declared == null) {
            return Optional.of(new JsonObject().put("id", id).put("account_id", accountId)
                    .put("network", "first_party").put("deleted", false).put("version", 1));
        }
        return declared.organization().filter(organization -> organization.getLong("account_id") == accountId);
    }
}
