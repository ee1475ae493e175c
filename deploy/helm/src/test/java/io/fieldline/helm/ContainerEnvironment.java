package io.fieldline.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment a rendered container starts with, resolved as the kubelet resolves it: the ConfigMaps of
 * {@code envFrom} first, then {@code env} in order, each {@code secretKeyRef} read from the given Secrets and each
 * {@code $(NAME)} replaced by a variable defined before it.
 */
final class ContainerEnvironment {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    private ContainerEnvironment() {
    }

    /**
     * @param secrets the Secrets of the namespace: name → key → value; a key the container needs and they lack fails,
     *                as the kubelet refuses to start such a container
     */
    static Map<String, String> resolve(Container container, RenderedObjects rendered,
                                       Map<String, Map<String, String>> secrets) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            environment.putAll(rendered.get(ConfigMap.class, source.getConfigMapRef().getName()).getData());
        }
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), variable.getValue() != null
                    ? expand(variable.getValue(), environment)
                    : secret(variable.getValueFrom().getSecretKeyRef(), secrets));
        }
        return environment;
    }

    private static String secret(SecretKeySelector selector, Map<String, Map<String, String>> secrets) {
        String value = secrets.getOrDefault(selector.getName(), Map.of()).get(selector.getKey());
        if (value == null) {
            throw new AssertionError("Secret " + selector.getName() + " has no key " + selector.getKey());
        }
        return value;
    }

    private static String expand(String value, Map<String, String> defined) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (reference.find()) {
            String replacement = defined.getOrDefault(reference.group(1), reference.group());
            reference.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(expanded).toString();
    }
}
