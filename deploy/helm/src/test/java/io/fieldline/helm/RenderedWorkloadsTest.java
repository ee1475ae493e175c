package io.fieldline.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the chart renders for each workload, with the default values and with the production values: probes, resources,
 * a restrictive security context, pinned images, secrets only by reference, an autoscaler and a disruption budget, and
 * an Ingress to the gateway's API port alone.
 */
class RenderedWorkloadsTest {

    private static final Pattern PINNED_IMAGE = Pattern.compile(".+(@sha256:[a-f0-9]{64}|:[A-Za-z0-9_][A-Za-z0-9_.-]*)");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY|JAAS).*");
    /** An environment value Kubernetes fills from a secret variable defined before it. */
    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\(SECRET_[A-Z_]+\\)");


    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldProbeEveryContainerOnTheManagementPort(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        for (Workload workload : Workload.values()) {
            Container container = container(rendered, workload);
            assertHealthProbe(container.getStartupProbe(), "/q/health/started", workload);
            assertHealthProbe(container.getLivenessProbe(), "/q/health/live", workload);
            assertHealthProbe(container.getReadinessProbe(), "/q/health/ready", workload);
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldGiveEveryContainerRequestsAndLimits(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        for (Workload workload : Workload.values()) {
            var resources = container(rendered, workload).getResources();
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(resources.getRequests().get(resource), workload + " requests " + resource);
                assertNotNull(resources.getLimits().get(resource), workload + " limits " + resource);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldRunEveryContainerNonRootReadOnlyWithoutPrivileges(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        for (Workload workload : Workload.values()) {
            PodSpec pod = deployment(rendered, workload).getSpec().getTemplate().getSpec();
            assertEquals(true, pod.getSecurityContext().getRunAsNonRoot(), workload.name());
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), workload.name());
            assertEquals(false, pod.getAutomountServiceAccountToken(), workload.name());
            var security = container(rendered, workload).getSecurityContext();
            assertEquals(true, security.getRunAsNonRoot(), workload.name());
            assertEquals(true, security.getReadOnlyRootFilesystem(), workload.name());
            assertEquals(false, security.getAllowPrivilegeEscalation(), workload.name());
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), workload.name());
            String tmpVolume = container(rendered, workload).getVolumeMounts().stream()
                    .filter(mount -> mount.getMountPath().equals("/tmp")).findFirst()
                    .orElseThrow(() -> new AssertionError(workload + " has no /tmp")).getName();
            Volume tmp = pod.getVolumes().stream().filter(volume -> volume.getName().equals(tmpVolume)).findFirst().orElseThrow();
            assertNotNull(tmp.getEmptyDir(), workload + "'s /tmp is an emptyDir");
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldGiveEveryServiceAnAccountWithoutAToken(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        for (Workload workload : Workload.values()) {
            ServiceAccount account = rendered.get(ServiceAccount.class, workload.objectName());
            assertEquals(false, account.getAutomountServiceAccountToken(), workload.name());
            assertEquals(workload.objectName(), deployment(rendered, workload).getSpec().getTemplate().getSpec()
                    .getServiceAccountName());
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldPinEveryImage(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        for (Workload workload : Workload.values()) {
            String image = container(rendered, workload).getImage();
            assertTrue(PINNED_IMAGE.matcher(image).matches(), image);
            assertFalse(image.endsWith(":latest"), image);
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldReferenceSecretsWithoutRenderingAny(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        assertEquals(List.of(), rendered.ofKind(Secret.class));
        for (ConfigMap config : rendered.ofKind(ConfigMap.class)) {
            config.getData().keySet().forEach(name ->
                    assertFalse(SECRET_NAME.matcher(name).matches(), config.getMetadata().getName() + " holds " + name));
        }
        for (Workload workload : Workload.values()) {
            for (EnvVar variable : container(rendered, workload).getEnv()) {
                if (variable.getValue() == null) {
                    assertNotNull(variable.getValueFrom().getSecretKeyRef(), variable.getName());
                } else {
                    assertTrue(SECRET_REFERENCE.matcher(variable.getValue()).find(),
                            workload + "'s " + variable.getName() + " is a literal; it belongs in the ConfigMap");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldAutoscaleAndBudgetDisruptionsOfEveryService(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        for (Workload workload : Workload.values()) {
            HorizontalPodAutoscaler autoscaler = rendered.get(HorizontalPodAutoscaler.class, workload.objectName());
            assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
            assertEquals(workload.objectName(), autoscaler.getSpec().getScaleTargetRef().getName());
            assertTrue(autoscaler.getSpec().getMinReplicas() >= 2, workload + " runs at least two replicas");
            PodDisruptionBudget budget = rendered.get(PodDisruptionBudget.class, workload.objectName());
            assertEquals(podLabels(rendered, workload), budget.getSpec().getSelector().getMatchLabels(),
                    workload + "'s budget selects its pods");
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldSpreadEveryServiceOverZones(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        for (Workload workload : Workload.values()) {
            assertTrue(deployment(rendered, workload).getSpec().getTemplate().getSpec().getTopologySpreadConstraints()
                    .stream().anyMatch(spread -> spread.getTopologyKey().equals("topology.kubernetes.io/zone")), workload.name());
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldExposeTheApiAndManagementPortsInsideTheCluster(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        for (Workload workload : Workload.values()) {
            Service service = rendered.get(Service.class, workload.objectName());
            assertEquals("ClusterIP", service.getSpec().getType());
            assertEquals(List.of("http", "management"), service.getSpec().getPorts().stream().map(ServicePort::getName).toList());
            assertEquals(podLabels(rendered, workload), service.getSpec().getSelector());
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldRouteTheIngressToTheGatewayApiPortOnly(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        List<Ingress> ingresses = rendered.ofKind(Ingress.class);
        assertEquals(1, ingresses.size());
        List<IngressBackend> backends = ingresses.get(0).getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream()).map(path -> path.getBackend()).toList();
        assertFalse(backends.isEmpty());
        for (IngressBackend backend : backends) {
            assertEquals(Workload.GATEWAY.objectName(), backend.getService().getName());
            assertEquals("http", backend.getService().getPort().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(ValuesProfile.class)
    void shouldTerminateTlsAtTheIngressWhenASecretIsGiven(ValuesProfile values) {
        RenderedObjects rendered = values.rendered();
        Ingress ingress = rendered.ofKind(Ingress.class).get(0);
        Object tlsSecret = values.value("ingress.tlsSecret");
        if (tlsSecret == null || tlsSecret.toString().isEmpty()) {
            assertTrue(ingress.getSpec().getTls() == null || ingress.getSpec().getTls().isEmpty());
        } else {
            assertEquals(tlsSecret, ingress.getSpec().getTls().get(0).getSecretName());
        }
    }

    private static void assertHealthProbe(Probe probe, String path, Workload workload) {
        assertNotNull(probe, workload + " has no probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath(), workload.name());
        assertEquals("management", probe.getHttpGet().getPort().getStrVal(), workload.name());
    }

    static Deployment deployment(RenderedObjects rendered, Workload workload) {
        return rendered.get(Deployment.class, workload.objectName());
    }

    static Container container(RenderedObjects rendered, Workload workload) {
        List<Container> containers = deployment(rendered, workload).getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), workload.name());
        return containers.get(0);
    }

    private static Map<String, String> podLabels(RenderedObjects rendered, Workload workload) {
        return deployment(rendered, workload).getSpec().getSelector().getMatchLabels();
    }
}
