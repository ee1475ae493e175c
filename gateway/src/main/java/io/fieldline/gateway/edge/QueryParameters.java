package io.fieldline.gateway.edge;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.util.Set;

/** The names of a query's parameters; a query that does not decode names none (its service refuses it). */
final class QueryParameters {

    private QueryParameters() {
    }

    static Set<String> namesOf(String query) {
        if (query == null || query.isEmpty()) {
            return Set.of();
        }
        try {
            return Set.copyOf(new QueryStringDecoder(query, false).parameters().keySet());
        } catch (IllegalArgumentException undecodable) {
            return Set.of();
        }
    }
}
