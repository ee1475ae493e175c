package io.fieldline.platform.validation;

import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * The reader of every JSON request body bound to one of our types (a record, or a list or map of them): reads it with
 * {@link JsonRequestBodies}, so a refused body names every problem at once. Text, bytes and streams keep the framework's
 * readers.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonRequestBodyReader implements ServerMessageBodyReader<Object> {

    private final JsonRequestBodies bodies;

    public JsonRequestBodyReader(StrictRequestJson json, Validator validator) {
        this.bodies = new JsonRequestBodies(json.getContext(Object.class), validator);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo lazyMethod, MediaType mediaType) {
        return readable(type, mediaType);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return readable(type, mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, MediaType mediaType, ServerRequestContext context)
            throws IOException {
        return read(genericType, context.getInputStream());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(genericType, entityStream);
    }

    private Object read(Type genericType, InputStream body) throws IOException {
        return bodies.read(body.readAllBytes(), bodies.type(genericType));
    }

    private static boolean readable(Class<?> type, MediaType mediaType) {
        boolean json = mediaType != null && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || mediaType.getSubtype().endsWith("+json"));
        return json && (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || ours(type));
    }

    /** A type of the application's own, not of the JDK or a framework, which have readers of their own. */
    private static boolean ours(Class<?> type) {
        String name = type.getName();
        return !type.isPrimitive() && !type.isArray() && !name.startsWith("java.") && !name.startsWith("jakarta.")
                && !name.startsWith("io.vertx.") && !name.startsWith("io.smallrye.") && !name.startsWith("org.jboss.");
    }
}
