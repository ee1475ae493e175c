package io.fieldline.identity.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An RFC 7662 introspection response: {@code {"active": false}} alone, or the token's facts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntrospectionResponse(
        boolean active,
        String scope,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("token_type") String tokenType,
        Long exp,
        Long iat,
        String sub,
        String iss,
        String jti) {

    static final IntrospectionResponse INACTIVE = new IntrospectionResponse(false, null, null, null, null, null, null,
            null, null);
}
