package cn.govsite.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The objects a kustomization renders to, as {@code kubectl kustomize} builds them: the
 * same command an operator runs before applying.
 */
final class Manifests {

	static final Path K8S = Path.of("..", "deploy", "k8s").toAbsolutePath().normalize();

	private Manifests() {
	}

	static List<Map<String, Object>> render(String kustomization) {
		Path dir = K8S.resolve(kustomization);
		String yaml = kubectl("kustomize", dir.toString());
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object document : new Yaml(new LoaderOptions()).loadAll(yaml)) {
			if (document instanceof Map<?, ?> map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> object = (Map<String, Object>) map;
				objects.add(object);
			}
		}
		return objects;
	}

	private static String kubectl(String... arguments) {
		List<String> command = new ArrayList<>(List.of("kubectl"));
		command.addAll(List.of(arguments));
		try {
			Path output = Files.createTempFile("kustomize", ".yaml");
			Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.PIPE)
				.start();
			String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + errors);
			}
			String rendered = Files.readString(output);
			Files.delete(output);
			return rendered;
		}
		catch (IOException ex) {
			throw new IllegalStateException("kubectl is needed to render deploy/k8s and was not found: install it "
					+ "(apt-get install kubernetes-client; ./govsite test does this)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String kind(Map<String, Object> object) {
		return (String) object.get("kind");
	}

	static String name(Map<String, Object> object) {
		return (String) path(object, "metadata", "name");
	}

	/** The value at a path of map keys, or null. */
	static Object path(Object node, String... keys) {
		Object current = node;
		for (String key : keys) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object node, String... keys) {
		Object value = path(node, keys);
		return (value instanceof List<?> items) ? (List<Map<String, Object>>) items : List.of();
	}

}
