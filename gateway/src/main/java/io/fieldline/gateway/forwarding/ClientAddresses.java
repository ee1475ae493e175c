package io.fieldline.gateway.forwarding;

import io.fieldline.gateway.config.GatewayConfig;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Who sent a request, and the {@code X-Forwarded-*} headers the services get. The headers a request brings are
 * believed only when it comes from a configured proxy ({@code fieldline.gateway.trusted-proxies}: addresses or CIDR
 * ranges, such as the cluster's load balancer); from anyone else they are replaced, so a client cannot pose as another
 * address (and slip out of its rate limit) or another host. {@code Forwarded} (RFC 7239) is never passed on.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    private static final String FORWARDED_HOST = "X-Forwarded-Host";

    private final List<IpSubnetFilterRule> trusted;

    public ClientAddresses(GatewayConfig config) {
        this.trusted = config.gateway().trustedProxies().orElse(List.of()).stream().map(ClientAddresses::rule).toList();
    }

    /**
     * The client's address: the peer's, or, when the peer is a trusted proxy, the nearest address in
     * {@code X-Forwarded-For} that is not a trusted proxy.
     */
    public String clientOf(HttpServerRequest request) {
        String peer = peerOf(request);
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> chain = chainOf(request.getHeader(FORWARDED_FOR));
        for (int hop = chain.size() - 1; hop >= 0; hop--) {
            if (!isTrusted(chain.get(hop))) {
                return chain.get(hop);
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    /** The {@code X-Forwarded-For}, {@code -Proto} and {@code -Host} to send to a service. */
    public MultiMap forwardedHeaders(HttpServerRequest request) {
        String peer = peerOf(request);
        boolean fromProxy = isTrusted(peer);
        String previous = fromProxy ? request.getHeader(FORWARDED_FOR) : null;
        String proto = fromProxy ? request.getHeader(FORWARDED_PROTO) : null;
        String host = fromProxy ? request.getHeader(FORWARDED_HOST) : null;
        return MultiMap.caseInsensitiveMultiMap()
                .set(FORWARDED_FOR, previous == null || previous.isBlank() ? peer : previous + ", " + peer)
                .set(FORWARDED_PROTO, proto == null ? request.scheme() : proto)
                .set(FORWARDED_HOST, host == null ? String.valueOf(request.authority()) : host);
    }

    /** The headers a client sends that only the gateway may set. */
    public static List<String> spoofable() {
        return List.of(FORWARDED_FOR, FORWARDED_PROTO, FORWARDED_HOST, "Forwarded");
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty() || !isLiteralAddress(address)) {
            return false;
        }
        try {
            InetSocketAddress socket = new InetSocketAddress(InetAddress.getByName(address), 0);
            return trusted.stream().anyMatch(rule -> rule.matches(socket));
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return false;
        }
    }

    private static String peerOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static List<String> chainOf(String header) {
        return header == null ? List.of() : Arrays.stream(header.split(",")).map(String::trim)
                .filter(address -> !address.isEmpty() && isLiteralAddress(address)).toList();
    }

    /** Only numeric addresses count: a name would make the gateway ask DNS for whatever a proxy passed on. */
    private static boolean isLiteralAddress(String address) {
        return address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }

    private static IpSubnetFilterRule rule(String cidr) {
        String[] parts = cidr.trim().split("/");
        try {
            InetAddress address = InetAddress.getByName(parts[0]);
            int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : address.getAddress().length * 8;
            return new IpSubnetFilterRule(address, bits, IpFilterRuleType.ACCEPT);
        } catch (UnknownHostException | RuntimeException bad) {
            throw new IllegalArgumentException("fieldline.gateway.trusted-proxies: " + cidr
                    + " is not an address or a CIDR range", bad);
        }
    }
}
