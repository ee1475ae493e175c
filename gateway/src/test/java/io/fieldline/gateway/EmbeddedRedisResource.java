package io.fieldline.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** The gateway under test keeps its rate-limit counters in a real Redis, as replicas in production do. */
public class EmbeddedRedisResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedRedis redis;

    @Override
    public Map<String, String> start() {
        redis = EmbeddedRedis.start();
        return Map.of("fieldline.gateway.redis-url", redis.url());
    }

    @Override
    public void stop() {
        redis.close();
    }
}
