package io.fieldline.gateway;

import io.fieldline.gateway.edge.UndecodableRequests;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Quarkus's own request-target check switched off ({@code vertx.disableURIValidation}, read once
 * at startup): that check answers an empty 400 before any route, so {@link UndecodableRequests} makes the same check
 * first thing and answers in the error shape of the surface that was called.
 */
@QuarkusMain
public final class GatewayMain {

    private GatewayMain() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
