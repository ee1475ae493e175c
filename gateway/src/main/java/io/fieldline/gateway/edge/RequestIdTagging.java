package io.fieldline.gateway.edge;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Tags every request with its {@code X-Request-Id} before any other route: every answer carries it, whoever produced
 * it, and every log line written while serving it shows it ({@code %X{requestId}} in the log format; Quarkus keeps the
 * MDC with the request's own Vert.x context).
 */
@ApplicationScoped
public class RequestIdTagging {

    static final String MDC_KEY = "requestId";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestIdTagging::tag);
    }

    private static void tag(RoutingContext context) {
        String requestId = RequestIdOfContext.of(context);
        MDC.put(MDC_KEY, requestId);
        context.addHeadersEndHandler(ignored -> context.response().headers().set(RequestIdOfContext.HEADER, requestId));
        context.next();
    }
}
