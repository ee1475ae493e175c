package io.fieldline.gateway.proxy;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * Why a service gave no answer, and what the gateway answers for it: down or refusing connections (503, come back
 * shortly), known to be failing so not asked at all (503, come back when the breaker may let a trial through), too
 * slow (504), or anything else on the way (502).
 */
public record UpstreamFailure(int status, String code, String message, long retryAfterSeconds) {

    static UpstreamFailure of(Throwable failure, long breakerDelaySeconds) {
        Throwable cause = failure instanceof RetryableFailure retryable ? retryable.getCause() : failure;
        if (cause instanceof CircuitBreakerOpenException) {
            return new UpstreamFailure(503, "service_unavailable", "The service is failing; requests to it are paused",
                    breakerDelaySeconds);
        }
        if (isTimeout(cause)) {
            return new UpstreamFailure(504, "gateway_timeout", "The service did not answer in time", 0);
        }
        if (isConnectionFailure(cause)) {
            return new UpstreamFailure(503, "service_unavailable", "The service is unavailable", 1);
        }
        return new UpstreamFailure(502, "bad_gateway", "The service gave no valid answer", 0);
    }

    /** A failure that says the service is down or failing, as the circuit breaker counts them. */
    static boolean isOutage(Throwable failure) {
        Throwable cause = failure instanceof RetryableFailure retryable ? retryable.getCause() : failure;
        return isTimeout(cause) || isConnectionFailure(cause);
    }

    /** Nothing of the request reached a service that answered: safe to send again if the method is idempotent. */
    static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof HttpClosedException
                || (cause instanceof VertxException && "Connection was closed".equals(cause.getMessage()));
    }

    private static boolean isTimeout(Throwable cause) {
        return cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.TimeoutException
                || (cause instanceof VertxException && cause.getMessage() != null
                && cause.getMessage().contains("timeout"));
    }

    /** A connection failure of an idempotent request, which the gateway may send again (RFC 9110 §9.2.2). */
    static final class RetryableFailure extends RuntimeException {

        RetryableFailure(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
