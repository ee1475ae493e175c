package io.fieldline.gateway;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A path or query that does not percent-decode is refused in the surface's error shape, with a request id. Sent over a
 * plain socket: HTTP clients refuse to send such a request line at all.
 */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
@WithTestResource(EmbeddedRedisResource.class)
class UndecodableRequestsTest {

    private record RawResponse(int status, Map<String, String> headers, String body) {
    }

    @TestHTTPResource("/")
    URL gateway;

    @ParameterizedTest
    @ValueSource(strings = {"/v3/users/1?x=%zz", "/v3/users/%zz", "/api/v1/technicians?id=%", "/api/v1/technicians/%g1"})
    void shouldRefuseABadPercentEscapeInTheSurfacesShapeWithARequestId(String target) throws IOException {
        RawResponse response = send("GET", target);

        assertEquals(400, response.status(), response.body());
        assertEquals("application/json", response.headers().get("content-type"));
        JsonPath body = JsonPath.from(response.body());
        assertEquals("bad_request", body.getString("error.code"));
        assertNotNull(body.getString("error.message"));
        assertEquals(response.headers().get("x-request-id"), body.getString("request_id"));
        assertNotNull(body.getString("request_id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/oauth/token?x=%zz", "/v3/oauth/%zz"})
    void shouldRefuseABadPercentEscapeOnTheOAuthEndpointsAsRfc6749Does(String target) throws IOException {
        RawResponse response = send("POST", target);

        assertEquals(400, response.status(), response.body());
        assertEquals("no-store", response.headers().get("cache-control"));
        assertNotNull(response.headers().get("x-request-id"));
        assertEquals("invalid_request", JsonPath.from(response.body()).getString("error"));
    }

    private RawResponse send(String method, String target) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2);
            String[] lines = parts[0].split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] header = lines[i].split(":", 2);
                headers.put(header[0].trim().toLowerCase(Locale.ROOT), header[1].trim());
            }
            assertTrue(lines[0].startsWith("HTTP/1.1 "), lines[0]);
            return new RawResponse(Integer.parseInt(lines[0].substring(9, 12)), headers,
                    parts.length > 1 ? parts[1] : "");
        }
    }
}
