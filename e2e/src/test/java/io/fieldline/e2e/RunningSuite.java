package io.fieldline.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link SharedSuite} before the first scenario that asks for it and hands the same one to every later
 * scenario (as a constructor or method parameter); JUnit closes it once the last scenario of the run has finished,
 * because it lives in the root context's store.
 */
final class RunningSuite implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSuite.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.baseURI = shared(context).gatewayUrl();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SharedSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    private static SharedSuite shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(SharedSuite.class, type -> {
            try {
                return SharedSuite.start();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the suite", e);
            }
        }, SharedSuite.class);
    }
}
