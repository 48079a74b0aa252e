package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/kubernetes rendered offline with kubectl kustomize, every object read strictly into the
 * fabric8 Kubernetes model (a field the API does not know, at any depth, is an error; a planted
 * misspelling proves it), then checked for what the deployment promises.
 */
class KubernetesManifestsIT {

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "ConfigMap", ConfigMap.class,
            "Service", Service.class,
            "Deployment", Deployment.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "PodDisruptionBudget", PodDisruptionBudget.class,
            "Ingress", Ingress.class,
            "NetworkPolicy", NetworkPolicy.class,
            "Secret", Secret.class);

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static String render(String dir) {
        return Cmd.ok("kubectl", "kustomize", "deploy/kubernetes/" + dir);
    }

    /** The objects of a rendered stream, with every problem found reading them strictly. */
    record Read(List<HasMetadata> objects, List<String> problems) {}

    @SuppressWarnings("unchecked")
    static Read read(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            Map<String, Object> raw = (Map<String, Object>) document;
            String kind = String.valueOf(raw.get("kind"));
            Class<? extends HasMetadata> type = KINDS.get(kind);
            if (type == null) {
                problems.add("unexpected kind " + kind);
                continue;
            }
            try {
                HasMetadata object = JSON.convertValue(raw, type);
                String name = kind + "/" + object.getMetadata().getName();
                unknownFields(object, name, problems, new IdentityHashMap<>());
                objects.add(object);
            } catch (IllegalArgumentException e) {
                problems.add(kind + ": " + e.getMessage());
            }
        }
        return new Read(objects, problems);
    }

    /** The model keeps fields it does not know in additionalProperties maps; any entry is a mistake. */
    private static void unknownFields(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> unknownFields(item, path + "." + key, problems, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object child;
                try {
                    child = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + extra.keySet());
                    }
                } else {
                    unknownFields(child, path + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/staging", "overlays/production"})
    void rendersAndEveryFieldIsKnownToKubernetes(String dir) {
        Read read = read(render(dir));
        assertThat(read.problems()).isEmpty();
        assertThat(read.objects()).hasSizeGreaterThanOrEqualTo(19);
    }

    @Test
    void aMisspeltFieldAnywhereIsCaught() {
        String rendered = render("overlays/production");
        assertThat(read(rendered).problems()).isEmpty();
        for (String[] typo : List.of(
                new String[] {"readinessProbe:", "readinesProbe:"},
                new String[] {"runAsNonRoot:", "runAsNonroot:"},
                new String[] {"averageUtilization:", "averageUtilisation:"},
                new String[] {"ingressClassName:", "ingressClass:"},
                new String[] {"containerPort: 3000", "containerPort: three-thousand"})) {
            List<String> problems =
                    read(rendered.replaceFirst(typo[0], typo[1])).problems();
            assertThat(problems).as("planted %s", typo[1]).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/staging", "overlays/production"})
    void everyServiceRunsLockedDownWithProbesLimitsAndScrapeAnnotations(String dir) {
        List<HasMetadata> objects = read(render(dir)).objects();
        List<Deployment> deployments = of(objects, Deployment.class);
        assertThat(deployments)
                .extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("frontend", "backend", "ai-service");
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getVolumes())
                    .anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());
            Container container = pod.getContainers().get(0);
            assertThat(container.getImage()).as(name).doesNotEndWith(":latest").contains(":");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                    .isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                    .isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop())
                    .containsExactly("ALL");
            assertThat(container.getVolumeMounts())
                    .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");

            int management = container.getPorts().stream()
                    .filter(p -> "management".equals(p.getName()))
                    .findFirst()
                    .orElseThrow()
                    .getContainerPort();
            for (var probe :
                    List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())) {
                assertThat(probe.getHttpGet().getPort().getStrVal()).as(name).isEqualTo("management");
                assertThat(probe.getHttpGet().getPath()).startsWith("/actuator/health/");
            }
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", String.valueOf(management))
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");

            assertThat(of(objects, HorizontalPodAutoscaler.class))
                    .anySatisfy(h -> assertThat(h.getSpec().getScaleTargetRef().getName())
                            .isEqualTo(name));
            assertThat(of(objects, PodDisruptionBudget.class))
                    .anySatisfy(p -> assertThat(p.getMetadata().getName()).isEqualTo(name));
            assertThat(of(objects, Service.class)).anySatisfy(s -> {
                assertThat(s.getMetadata().getName()).isEqualTo(name);
                assertThat(s.getSpec().getPorts())
                        .noneSatisfy(p -> assertThat(p.getPort()).isEqualTo(management));
            });
        }
    }

    @Test
    void secretsAreReferencedNeverIncluded() {
        String rendered = render("overlays/production");
        List<HasMetadata> objects = read(rendered).objects();
        assertThat(of(objects, Secret.class)).isEmpty();
        Deployment backend = of(objects, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals("backend"))
                .findFirst()
                .orElseThrow();
        assertThat(backend.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getEnv())
                .filteredOn(
                        e -> e.getName().equals("DATABASE_URL") || e.getName().equals("BRAINBYTES_SECURITY_JWT_SECRET"))
                .hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.getValue()).isNull();
                    assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("brainbytes-secrets");
                });
    }

    @Test
    void onlyTheBackendReachesTheTutorAndTheBackendOnlyFromFrontendAndIngress() {
        List<NetworkPolicy> policies = of(read(render("overlays/production")).objects(), NetworkPolicy.class);
        NetworkPolicy ai = policy(policies, "ai-service");
        assertThat(ai.getSpec().getIngress()).hasSize(1);
        assertThat(ai.getSpec().getIngress().get(0).getFrom())
                .singleElement()
                .satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .containsExactly(Map.entry("app.kubernetes.io/name", "backend")));

        NetworkPolicy backend = policy(policies, "backend");
        assertThat(backend.getSpec().getIngress().get(0).getFrom()).hasSize(2);
        assertThat(backend.getSpec().getIngress().get(0).getPorts())
                .singleElement()
                .satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(3000));

        assertThat(policy(policies, "default-deny-ingress").getSpec().getIngress())
                .isNullOrEmpty();
        assertThat(policy(policies, "prometheus-scrape")
                        .getSpec()
                        .getIngress()
                        .get(0)
                        .getPorts())
                .extracting(p -> p.getPort().getIntVal())
                .containsExactlyInAnyOrder(9300, 9301, 9302);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void eachOverlayHasItsNamespaceAndHostWithTls(String environment) {
        List<HasMetadata> objects = read(render("overlays/" + environment)).objects();
        assertThat(objects)
                .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("brainbytes-" + environment));
        Ingress ingress = of(objects, Ingress.class).get(0);
        String host = ingress.getSpec().getRules().get(0).getHost();
        assertThat(host).isEqualTo(environment.equals("production") ? "tutor.example.ph" : "staging.tutor.example.ph");
        assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactly(host);
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths())
                .extracting(p -> p.getBackend().getService().getName())
                .containsExactlyInAnyOrder("frontend", "backend");
    }

    private static NetworkPolicy policy(List<NetworkPolicy> policies, String name) {
        return policies.stream()
                .filter(p -> p.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static <T> List<T> of(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
