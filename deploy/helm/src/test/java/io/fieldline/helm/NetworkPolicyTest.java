package io.fieldline.helm;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The NetworkPolicies allow exactly the intended connections and nothing else: the Ingress controller to the gateway's
 * API port; the gateway to the services' API and management ports; the services to identity-service's API port (its
 * token keys, and technician-service's internal credentials calls); the services to PostgreSQL; the services and the
 * gateway to Kafka (the gateway reads the revocations topic); the gateway to Redis; the metrics scraper to every
 * management port; and DNS.
 */
class NetworkPolicyTest {

    private static final List<String> SERVICES = List.of("identity-service", "technician-service", "job-service");
    private static final List<String> ALL = List.of("identity-service", "technician-service", "job-service", "gateway");

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldIsolateEveryWorkloadBothWays(ValuesProfile values) {
        List<NetworkPolicy> policies = values.rendered().ofKind(NetworkPolicy.class);

        assertEquals(Set.copyOf(ALL), Set.copyOf(policies.stream()
                .map(policy -> policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/component")).toList()));
        policies.forEach(policy -> assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes()));
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldLetInOnlyTheIngressControllerTheGatewayTheServicesAndTheScraper(ValuesProfile values) {
        Set<String> intended = new TreeSet<>();
        intended.add("ingress-nginx/* -> gateway:http/TCP");
        ALL.forEach(workload -> intended.add("monitoring/* -> " + workload + ":management/TCP"));
        for (String service : SERVICES) {
            intended.add("gateway -> " + service + ":http/TCP");
            intended.add("gateway -> " + service + ":management/TCP");
        }
        intended.add("technician-service -> identity-service:http/TCP");
        intended.add("job-service -> identity-service:http/TCP");
        intended.add("technician-service -> job-service:http/TCP");

        assertEquals(intended, NetworkPaths.ingress(values.rendered().ofKind(NetworkPolicy.class)));
    }

    @Test
    void shouldLetTheServicesOutToAnyPostgresqlAndKafkaByPortWhenNoPeersAreGiven() {
        Set<String> intended = commonEgress();
        for (String service : SERVICES) {
            intended.add(service + " -> *:5432/TCP");
        }
        for (String workload : ALL) {
            intended.add(workload + " -> *:9092/TCP");
            intended.add(workload + " -> *:9093/TCP");
        }

        assertEquals(intended, NetworkPaths.egress(ValuesProfile.DEFAULTS.rendered().ofKind(NetworkPolicy.class)));
    }

    @Test
    void shouldLetTheServicesOutOnlyToTheGivenPostgresqlKafkaAndRedis() {
        Set<String> intended = commonEgress();
        for (String service : SERVICES) {
            intended.add(service + " -> 10.20.0.0/16:5432/TCP");
        }
        for (String workload : ALL) {
            intended.add(workload + " -> kafka/strimzi.io/cluster=fieldline-kafka:9093/TCP");
        }
        intended.add("gateway -> redis/*:6379/TCP");

        assertEquals(intended, NetworkPaths.egress(ValuesProfile.PRODUCTION.rendered().ofKind(NetworkPolicy.class)));
    }

    /** DNS for everyone, the gateway to the services' ports, the other services to identity-service's API. */
    private static Set<String> commonEgress() {
        Set<String> intended = new TreeSet<>();
        for (String workload : ALL) {
            intended.add(workload + " -> *:53/UDP");
            intended.add(workload + " -> *:53/TCP");
        }
        for (String service : SERVICES) {
            intended.add("gateway -> " + service + ":8080/TCP");
            intended.add("gateway -> " + service + ":9000/TCP");
        }
        intended.add("technician-service -> identity-service:8080/TCP");
        intended.add("job-service -> identity-service:8080/TCP");
        intended.add("technician-service -> job-service:8080/TCP");
        return intended;
    }
}
