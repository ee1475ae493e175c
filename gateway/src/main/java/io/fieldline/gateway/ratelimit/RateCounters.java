package io.fieldline.gateway.ratelimit;

import io.fieldline.surfaces.RateLimit;
import io.vertx.core.Future;

/** Where the gateway counts each client's requests against its quotas. */
public interface RateCounters {

    /**
     * Counts one request under {@code key} against {@code limit} when the quota has room, and says what is left; a
     * refused request is not counted. Completes on the calling event loop.
     */
    Future<Allowance> take(String key, RateLimit limit);
}
