package io.fieldline.gateway;

import io.fieldline.surfaces.PublicRoutes;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gateway streams: an upload reaches the service while the client is still sending it, and a download reaches
 * the client while the service is still writing it, so neither is ever held whole in the gateway's memory. A streamed
 * upload without {@code Content-Length} is still held to its route's limit.
 */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
class StreamingTest {

    private static final int MIB = 1024 * 1024;

    @InjectTestTokens
    TestTokens tokens;

    @TestHTTPResource("/")
    URL gateway;

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient client = vertx.createHttpClient();

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void shouldPassAnUploadOnWhileTheClientIsStillSendingIt() throws Exception {
        HttpClientRequest upload = completed(client.request(options(HttpMethod.POST, "/v3/datafiles")
                .putHeader("Authorization", "Bearer " + tokens.client(1, "datafiles:write"))
                .putHeader("Content-Type", "multipart/form-data; boundary=x")));
        upload.setChunked(true);
        CompletableFuture<Answer> answered = answerOf(upload);
        completed(upload.write(Buffer.buffer(new byte[MIB])));

        await().atMost(Duration.ofSeconds(10)).until(() -> EchoUpstreamResource.bytesArrived() >= MIB);
        completed(upload.end(Buffer.buffer(new byte[MIB])));
        Answer answer = answered.get(10, TimeUnit.SECONDS);
        assertEquals(200, answer.status());
        assertEquals(2L * MIB, answer.json().getLong("bytes"));
    }

    @Test
    void shouldPassADownloadOnWhileTheServiceIsStillWritingIt() throws Exception {
        HttpClientResponse response = completed(client.request(options(HttpMethod.GET, "/v3/datafiles/held/content"))
                .compose(HttpClientRequest::send).map(HttpClientResponse::pause));
        assertEquals(200, response.statusCode());
        StringBuffer received = new StringBuffer();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        response.handler(chunk -> received.append(chunk.toString()));
        response.endHandler(ignored -> ended.complete(null));
        response.resume();

        await().atMost(Duration.ofSeconds(10)).until(() -> received.toString().equals("first chunk;"));
        EchoUpstreamResource.releaseDownload();
        ended.get(10, TimeUnit.SECONDS);
        assertEquals("first chunk;the rest", received.toString());
    }

    @Test
    void shouldRefuseAStreamedUploadWithoutLengthOnceItPassesTheRoutesLimit() throws Exception {
        HttpClientRequest upload = completed(client.request(options(HttpMethod.POST, "/v3/datafiles")
                .putHeader("Authorization", "Bearer " + tokens.client(1, "datafiles:write"))
                .putHeader("Content-Type", "multipart/form-data; boundary=x")));
        upload.setChunked(true);
        CompletableFuture<Answer> answered = answerOf(upload);
        long sent = 0;
        while (sent <= PublicRoutes.DATAFILE_UPLOAD_BODY_LIMIT && !answered.isDone()) {
            upload.write(Buffer.buffer(new byte[MIB]));
            sent += MIB;
        }
        Answer answer = answered.get(20, TimeUnit.SECONDS);
        assertEquals(413, answer.status());
        assertEquals("payload_too_large", answer.json().getJsonObject("error").getString("code"));
    }

    /** What the gateway answered, body read as it arrived. */
    private record Answer(int status, Buffer body) {

        JsonObject json() {
            return new JsonObject(body);
        }
    }

    private static CompletableFuture<Answer> answerOf(HttpClientRequest request) {
        return request.response().compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)))
                .toCompletionStage().toCompletableFuture();
    }

    private RequestOptions options(HttpMethod method, String path) {
        return new RequestOptions().setMethod(method).setHost(gateway.getHost()).setPort(gateway.getPort())
                .setURI(path).putHeader(EchoUpstreamResource.STREAM_PROBE, "yes");
    }

    private static <T> T completed(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }
}
