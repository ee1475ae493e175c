package io.fieldline.identity.credential;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource that only one other Fieldline service may call; {@link ServiceAuthentication} answers any other
 * caller 401 before the body is read. The gateway never routes to these endpoints.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InternalEndpoint {

    /** The calling service's name, e.g. {@code ServiceCredentials.GATEWAY}. */
    String caller();
}
