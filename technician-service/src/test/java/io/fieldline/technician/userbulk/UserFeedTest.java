package io.fieldline.technician.userbulk;

import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

/**
 * {@code GET /{workspace}/api/user?modifiedsince=}: a delta feed paged by a cursor, in the order changes commit, so
 * that a reader that pages while writers commit ends with every change, even one whose transaction began (and
 * stamped its time) before a change the reader already read.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UserFeedTest {

    private static final String CURSOR = "Fieldline-Cursor";
    /** No cursor: the feed from its start. */
    private static final String FROM_THE_START = "";

    @InjectTestTokens
    TestTokens tokens;

    @Inject
    Pool database;

    @Test
    void shouldPageEveryChangedUserWithALinkToTheNextPage() {
        long account = workspace();
        for (int i = 1; i <= 5; i++) {
            upsert(account, "u" + i, "{\"Initials\": \"U" + i + "\"}");
        }

        Response first = given().auth().oauth2(reader(account)).queryParam("modifiedsince", "2017-01-01T00:00:00Z")
                .queryParam("limit", 2).when().get("/{workspace}/api/user", account);
        first.then().statusCode(200).body("size()", equalTo(2)).header("Link", notNullValue());
        List<String> seen = new ArrayList<>(first.path("ExternalId"));
        String next = first.header("Link");
        while (next != null) {
            String path = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
            Response page = given().auth().oauth2(reader(account)).when().get(path);
            page.then().statusCode(200);
            seen.addAll(page.path("ExternalId"));
            next = page.header("Link");
        }

        assertThat(seen, containsInAnyOrder(null, "u1", "u2", "u3", "u4", "u5"));
    }

    @Test
    void shouldOnlyListUsersChangedSinceTheTimeGiven() {
        long account = workspace();
        upsert(account, "old", "{\"Initials\": \"OL\"}");
        String since = given().auth().oauth2(reader(account)).when().get("/{workspace}/api/user/old", account)
                .then().extract().path("LastUpdated");
        upsert(account, "new", "{\"Initials\": \"NE\"}");

        given().auth().oauth2(reader(account)).queryParam("modifiedsince", since).when().get("/{workspace}/api/user", account)
                .then().statusCode(200).body("ExternalId", hasItems("new")).body("find { it.ExternalId == 'dora' }", nullValue());
    }

    @Test
    void shouldNotSkipAChangeThatCommitsAfterALaterChangeWasRead() {
        long account = workspace();
        long early = userId(upsert(account, "early", "{\"Initials\": \"E1\"}"));
        upsert(account, "late", "{\"Initials\": \"L1\"}");
        String cursor = readToTheEnd(account, FROM_THE_START, new ConcurrentHashMap<>());

        SqlConnection connection = database.getConnection().await().atMost(Duration.ofSeconds(10));
        try {
            Transaction slow = connection.begin().await().atMost(Duration.ofSeconds(10));
            // a writer whose transaction changes a user first and commits last
            connection.preparedQuery("UPDATE workforce_user SET first_name = 'Slow', version = version + 1,"
                            + " updated_at = clock_timestamp() WHERE id = $1")
                    .execute(Tuple.of(early)).await().atMost(Duration.ofSeconds(10));
            upsert(account, "late", "{\"Initials\": \"L2\"}");
            Map<String, Map<String, Object>> seen = new ConcurrentHashMap<>();
            cursor = readToTheEnd(account, cursor, seen);
            slow.commit().await().atMost(Duration.ofSeconds(10));

            String after = cursor;
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                readToTheEnd(account, after, seen);
                assertThat(seen.get("late"), notNullValue());
                assertThat(seen.get("late").get("Initials"), equalTo("L2"));
                assertThat(seen.get("early"), notNullValue());
                assertThat(seen.get("early").get("Name"), equalTo("Slow One"));
            });
        } finally {
            connection.close().await().atMost(Duration.ofSeconds(10));
        }
    }

    @Test
    void shouldEndWithEveryChangeWhenWritersCommitWhileAReaderPages() throws Exception {
        long account = workspace();
        int writers = 4;
        int changesEach = 12;
        for (int writer = 0; writer < writers; writer++) {
            upsert(account, "w" + writer, "{\"Initials\": \"W0\"}");
        }
        Map<String, Map<String, Object>> seen = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String externalId = "w" + writer;
                writing.add(pool.submit(() -> {
                    for (int change = 1; change <= changesEach; change++) {
                        upsert(account, externalId, "{\"Initials\": \"W" + change + "\"}");
                    }
                }));
            }
            String cursor = FROM_THE_START;
            while (writing.stream().anyMatch(future -> !future.isDone())) {
                cursor = readToTheEnd(account, cursor, seen);
            }
            for (Future<?> future : writing) {
                future.get();
            }
            String after = cursor;
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                readToTheEnd(account, after, seen);
                for (int writer = 0; writer < writers; writer++) {
                    assertThat(seen.get("w" + writer).get("Initials"), equalTo("W" + changesEach));
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads pages of 3 from {@code cursor} until a page is not full; keeps each user's latest state; returns the cursor. */
    private String readToTheEnd(long account, String cursor, Map<String, Map<String, Object>> seen) {
        String next = cursor;
        while (true) {
            var request = given().auth().oauth2(reader(account)).queryParam("limit", 3);
            if (!next.isEmpty()) {
                request.queryParam("cursor", next);
            }
            Response page = request.when().get("/{workspace}/api/user", account);
            page.then().statusCode(200);
            List<Map<String, Object>> users = page.path("$");
            users.stream().filter(user -> user.get("ExternalId") != null)
                    .forEach(user -> seen.put((String) user.get("ExternalId"), user));
            next = page.header(CURSOR);
            if (page.header("Link") == null) {
                return next;
            }
        }
    }

    private Response upsert(long account, String externalId, String changes) {
        String body = changes.replace("}", ", \"Name\": \"Some One\", \"Email\": \"" + externalId
                + "@example.com\", \"UserType\": \"Standard\", \"Enabled\": true}");
        Response answer = given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(body)
                .when().post("/{workspace}/api/user/{externalid}", account, externalId);
        answer.then().statusCode(oneOf(200, 201));
        return answer;
    }

    private static long userId(Response answer) {
        return ((Number) answer.path("Id")).longValue();
    }

    private long workspace() {
        return Workspaces.withADispatcher(tokens);
    }

    private String writer(long account) {
        return Workspaces.writer(tokens, account);
    }

    private String reader(long account) {
        return Workspaces.reader(tokens, account);
    }
}
