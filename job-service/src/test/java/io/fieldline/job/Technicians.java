package io.fieldline.job;

import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.testkit.TopicWriter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Users of the workforce as technician-service announces them: each is published on {@value WorkforceUserEvent#TOPIC}
 * and returned once job-service's read model holds it, so that appointments may be assigned to it.
 */
public final class Technicians {

    /**
     * Above the ids WorkforceUserProjectionTest takes, so that no two tests write the same user, and within an int, as
     * the JSON of a response reads back in rest-assured.
     */
    private static final AtomicLong USER_IDS = new AtomicLong(1_200_000_000L + System.nanoTime() % 900_000_000L);

    private final String kafka;
    private final Pool database;

    public Technicians(String kafka, Pool database) {
        this.kafka = kafka;
        this.database = database;
    }

    /** An active technician of the organization; returns its user id. */
    public long technician(long account, long organization) {
        return user(account, organization, List.of("technician"), true);
    }

    /** A user of the organization with these roles, active or not; returns its user id. */
    public long user(long account, long organization, List<String> roles, boolean active) {
        long id = USER_IDS.incrementAndGet();
        try (TopicWriter events = new TopicWriter(kafka)) {
            events.send(WorkforceUserEvent.TOPIC, WorkforceUserEvent.CREATED.name(), String.valueOf(id), """
                    {"id":%d,"account_id":%d,"organization_id":%d,"first_name":"Mike","last_name":"Johnson",
                     "email":null,"phone_number":null,"roles":[%s],"active":%s,"availability_status":"Available",
                     "vehicle_type":null,"transport_modes":[],"version":1,
                     "created_at":"2026-01-15T09:30:00Z","updated_at":"2026-01-15T09:30:00Z"}"""
                    .formatted(id, account, organization, String.join(",", roles.stream()
                            .map(role -> "\"" + role + "\"").toList()), active));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> database
                .preparedQuery("SELECT 1 FROM workforce_user WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().size() == 1);
        return id;
    }
}
