package io.fieldline.helm;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The connections NetworkPolicies allow, one line each, so that a test can compare them with the intended ones:
 * {@code "gateway -> job-service:http/TCP"} (ingress to a workload's named port) and
 * {@code "job-service -> 10.20.0.0/16:5432/TCP"} (egress). A workload's own pods are named by their component label;
 * other peers as {@code namespace/pod-labels} (a {@code *} where a selector matches everything), an IP block by its
 * CIDR, and a rule without peers as {@code *}.
 */
final class NetworkPaths {

    private static final String COMPONENT = "app.kubernetes.io/component";
    private static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";

    private NetworkPaths() {
    }

    /** Who may open connections to each policy's pods, and to which of their ports. */
    static Set<String> ingress(List<NetworkPolicy> policies) {
        return paths(policies, policy -> policy.getSpec().getIngress().stream()
                .map(rule -> new Rule(rule.getFrom(), rule.getPorts())).toList(),
                (pods, peer, port) -> peer + " -> " + pods + ":" + port);
    }

    /** Where each policy's pods may open connections to. */
    static Set<String> egress(List<NetworkPolicy> policies) {
        return paths(policies, policy -> policy.getSpec().getEgress().stream()
                .map(rule -> new Rule(rule.getTo(), rule.getPorts())).toList(),
                (pods, peer, port) -> pods + " -> " + peer + ":" + port);
    }

    /** A rule of either direction: the peers on the other end, and the ports. */
    private record Rule(List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {
    }

    /** How one allowed connection is written, from the policy's pods, the peer and the port. */
    private interface PathFormat {
        String of(String pods, String peer, String port);
    }

    private static Set<String> paths(List<NetworkPolicy> policies, Function<NetworkPolicy, List<Rule>> rules,
                                     PathFormat path) {
        Set<String> paths = new TreeSet<>();
        for (NetworkPolicy policy : policies) {
            String pods = component(policy.getSpec().getPodSelector());
            for (Rule rule : rules.apply(policy)) {
                for (String peer : peers(rule.peers())) {
                    for (String port : ports(rule.ports())) {
                        paths.add(path.of(pods, peer, port));
                    }
                }
            }
        }
        return paths;
    }

    private static List<String> peers(List<NetworkPolicyPeer> peers) {
        if (peers == null || peers.isEmpty()) {
            return List.of("*");
        }
        return peers.stream().map(NetworkPaths::peer).toList();
    }

    private static String peer(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return peer.getIpBlock().getCidr();
        }
        if (peer.getNamespaceSelector() == null) {
            return component(peer.getPodSelector());
        }
        String namespace = peer.getNamespaceSelector().getMatchLabels() == null ? "*"
                : peer.getNamespaceSelector().getMatchLabels().getOrDefault(NAMESPACE_NAME, labels(peer.getNamespaceSelector()));
        return namespace + "/" + labels(peer.getPodSelector());
    }

    private static String component(LabelSelector selector) {
        String component = selector.getMatchLabels().get(COMPONENT);
        if (component == null) {
            throw new AssertionError("a selector of the release's pods without " + COMPONENT + ": " + selector);
        }
        return component;
    }

    private static String labels(LabelSelector selector) {
        Map<String, String> labels = selector == null || selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return labels.isEmpty() ? "*" : new TreeMap<>(labels).entrySet().stream()
                .map(label -> label.getKey() + "=" + label.getValue()).collect(Collectors.joining(","));
    }

    private static List<String> ports(List<NetworkPolicyPort> ports) {
        if (ports == null || ports.isEmpty()) {
            return List.of("*");
        }
        return ports.stream().map(port -> port(port.getPort()) + "/" + port.getProtocol()).toList();
    }

    private static String port(IntOrString port) {
        return port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }
}
