package cn.govsite.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.govsite.deploy.Manifests.kind;
import static cn.govsite.deploy.Manifests.list;
import static cn.govsite.deploy.Manifests.name;
import static cn.govsite.deploy.Manifests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What must hold for every overlay before it reaches a cluster: every object fits the
 * Kubernetes schema of its kind, and the platform's operating rules hold (probes, limits,
 * a disruption budget, an autoscaler and a network policy per Deployment; nothing as
 * root; no secret values).
 */
class KubernetesManifestsTest {

	static final List<String> SERVICES = List.of("gateway", "tenant-service", "content-service", "search-service",
			"asset-service");

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void everyObjectFitsItsKubernetesSchema(String overlay) {
		List<Map<String, Object>> objects = Manifests.render(overlay);

		assertThat(objects).hasSizeGreaterThan(30);
		for (Map<String, Object> object : objects) {
			assertThat(KubernetesSchemas.isBuiltIn(object)).as("%s %s", kind(object), name(object)).isTrue();
			KubernetesSchemas.validate(object);
		}
	}

	@Test
	void theValidatorRefusesWhatAClusterWouldRefuse() {
		Map<String, Object> deployment = first(Manifests.render("overlays/dev"), "Deployment");
		Map<String, Object> typo = copyWith(deployment, "spec", "replica", 2);
		Map<String, Object> noContainers = copyWith(deployment, "spec", "template",
				Map.of("metadata", Map.of("labels", Map.of("a", "b")), "spec", Map.of("containers", "nginx")));

		assertThatThrownBy(() -> KubernetesSchemas.validate(typo)).hasMessageContaining("replica");
		assertThatThrownBy(() -> KubernetesSchemas.validate(noContainers)).isInstanceOf(RuntimeException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void everyServiceHasProbesLimitsBudgetAutoscalerAndNetworkPolicy(String overlay) {
		List<Map<String, Object>> objects = Manifests.render(overlay);

		assertThat(names(objects, "Deployment")).containsExactlyInAnyOrderElementsOf(SERVICES);
		for (String service : SERVICES) {
			Map<String, Object> deployment = named(objects, "Deployment", service);
			Map<String, Object> container = list(deployment, "spec", "template", "spec", "containers").get(0);
			for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
				assertThat(path(container, probe, "httpGet", "path")).as("%s %s", service, probe).isNotNull();
			}
			assertThat(path(container, "resources", "limits", "memory")).as(service).isNotNull();
			assertThat(path(container, "resources", "limits", "cpu")).as(service).isNotNull();
			assertThat(path(container, "resources", "requests", "memory")).as(service).isNotNull();
			Object labels = path(deployment, "spec", "selector", "matchLabels");
			assertThat(objects).as("a PodDisruptionBudget for %s", service)
				.anyMatch(o -> "PodDisruptionBudget".equals(kind(o))
						&& labels.equals(path(o, "spec", "selector", "matchLabels")));
			assertThat(objects).as("an autoscaler for %s", service)
				.anyMatch(o -> "HorizontalPodAutoscaler".equals(kind(o))
						&& service.equals(path(o, "spec", "scaleTargetRef", "name")));
			assertThat(objects).as("a NetworkPolicy for %s", service)
				.anyMatch(o -> "NetworkPolicy".equals(kind(o))
						&& labels.equals(path(o, "spec", "podSelector", "matchLabels")));
		}
		assertThat(objects).as("a default-deny policy")
			.anyMatch(o -> "NetworkPolicy".equals(kind(o)) && Map.of().equals(path(o, "spec", "podSelector")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod" })
	void noContainerRunsAsRootOrCanEscalate(String overlay) {
		for (Map<String, Object> deployment : kinds(Manifests.render(overlay), "Deployment")) {
			Object pod = path(deployment, "spec", "template", "spec");
			assertThat(path(pod, "securityContext", "runAsNonRoot")).as(name(deployment)).isEqualTo(true);
			assertThat((Integer) path(pod, "securityContext", "runAsUser")).as(name(deployment)).isPositive();
			for (Map<String, Object> container : list(pod, "containers")) {
				assertThat(path(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
				assertThat(String.valueOf(path(container, "securityContext", "capabilities", "drop")))
					.isEqualTo("[ALL]");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "overlays/dev", "overlays/prod", "dependencies" })
	void noSecretValuesAreRendered(String kustomization) {
		List<Map<String, Object>> objects = Manifests.render(kustomization);

		assertThat(names(objects, "Secret")).isEmpty();
		for (Map<String, Object> deployment : kinds(objects, "Deployment")) {
			for (Map<String, Object> container : list(deployment, "spec", "template", "spec", "containers")) {
				for (Map<String, Object> env : list(container, "env")) {
					String variable = (String) env.get("name");
					if (variable.matches(".*(PASSWORD|SECRET|TOKEN).*|.*_KEY")) {
						assertThat(env).as(variable + " comes from a Secret").containsKey("valueFrom");
						assertThat(env).as(variable).doesNotContainKey("value");
					}
				}
			}
		}
		assertThat(kinds(objects, "ConfigMap")).allSatisfy(map -> assertThat(String.valueOf(map.get("data")))
			.doesNotContainPattern("(?i)(password|secret)\\s*[:=]"));
	}

	@Test
	void noSecretManifestIsCommitted() throws IOException {
		try (Stream<Path> files = Files.walk(Manifests.K8S.getParent())) {
			List<Path> secrets = files.filter(Files::isRegularFile)
				.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.filter(file -> read(file).matches("(?s).*^kind:\\s*Secret\\s*$.*"))
				.toList();
			assertThat(secrets).isEmpty();
		}
	}

	@Test
	void productionSpreadsThreeReplicasOverZonesAndNodes() {
		for (Map<String, Object> deployment : kinds(Manifests.render("overlays/prod"), "Deployment")) {
			assertThat((Integer) path(deployment, "spec", "replicas")).as(name(deployment)).isGreaterThanOrEqualTo(3);
			List<Map<String, Object>> spread = list(deployment, "spec", "template", "spec",
					"topologySpreadConstraints");
			assertThat(spread).extracting(c -> c.get("topologyKey"))
				.containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
			assertThat(spread).allMatch(c -> "DoNotSchedule".equals(c.get("whenUnsatisfiable")));
		}
	}

	@Test
	void onlyTheGatewayIsReachableFromOutside() {
		List<Map<String, Object>> objects = Manifests.render("overlays/prod");

		for (Map<String, Object> ingress : kinds(objects, "Ingress")) {
			for (Map<String, Object> rule : list(ingress, "spec", "rules")) {
				for (Map<String, Object> route : list(rule, "http", "paths")) {
					assertThat(path(route, "backend", "service", "name")).isEqualTo("gateway");
				}
			}
			List<String> tlsHosts = list(ingress, "spec", "tls").stream()
				.flatMap(tls -> ((List<?>) tls.get("hosts")).stream().map(String::valueOf))
				.toList();
			assertThat(list(ingress, "spec", "rules")).allMatch(rule -> tlsHosts.contains(rule.get("host")));
		}
		for (Map<String, Object> service : kinds(objects, "Service")) {
			assertThat(path(service, "spec", "type")).as(name(service)).isIn(null, "ClusterIP");
		}
	}

	@Test
	void elasticsearchGetsTheProjectsAnalysisPluginFromAnInitContainer() {
		Map<String, Object> elasticsearch = first(Manifests.render("dependencies"), "Elasticsearch");
		Map<String, Object> nodeSet = list(elasticsearch, "spec", "nodeSets").get(0);

		assertThat(path(elasticsearch, "spec", "version")).isEqualTo("9.5.4");
		assertThat((Integer) nodeSet.get("count")).isGreaterThanOrEqualTo(3);
		assertThat(list(nodeSet, "podTemplate", "spec", "initContainers"))
			.anyMatch(c -> String.valueOf(c.get("command")).contains("elasticsearch-plugin install"));
	}

	private static List<Map<String, Object>> kinds(List<Map<String, Object>> objects, String kind) {
		return objects.stream().filter(o -> kind.equals(kind(o))).toList();
	}

	private static List<String> names(List<Map<String, Object>> objects, String kind) {
		return kinds(objects, kind).stream().map(Manifests::name).toList();
	}

	private static Map<String, Object> first(List<Map<String, Object>> objects, String kind) {
		return kinds(objects, kind).getFirst();
	}

	private static Map<String, Object> named(List<Map<String, Object>> objects, String kind, String name) {
		return kinds(objects, kind).stream()
			.filter(o -> name.equals(name(o)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> copyWith(Map<String, Object> object, String section, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(object);
		Map<String, Object> inner = new LinkedHashMap<>(
				(Map<String, Object>) Objects.requireNonNull(copy.get(section)));
		inner.put(key, value);
		copy.put(section, inner);
		return copy;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
