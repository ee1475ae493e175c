package io.fieldline.gateway;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Requests from another loopback address (127.0.0.0/8 is all this machine's), so that a test of the limits per source
 * address has counters of its own.
 */
final class SourceAddress {

    private SourceAddress() {
    }

    static RestAssuredConfig from(String loopbackAddress) {
        try {
            return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", InetAddress.getByName(loopbackAddress)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(loopbackAddress, e);
        }
    }
}
