package io.fieldline.gateway.ratelimit;

import io.vertx.core.Future;

import java.util.List;

/** Where the gateway counts each client's requests against its quotas. */
public interface RateCounters {

    /**
     * Counts one request against every one of {@code quotas} when each has room, and says what each has left; a
     * request one quota refuses is counted against none, so a client refused on one route keeps its overall quota.
     * The answer has one allowance per quota, in order. Completes on the calling event loop.
     */
    Future<List<Allowance>> take(List<Quota> quotas);
}
