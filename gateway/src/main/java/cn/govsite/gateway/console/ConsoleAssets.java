package cn.govsite.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * The console's built files (classpath {@code console/}, from the console module's jar),
 * read once at start. Only these paths are ever served, so a request path cannot reach
 * anything else on the classpath.
 */
final class ConsoleAssets {

	static final String ROOT = "console/";

	static final String INDEX = "/index.html";

	private final Map<String, Asset> assets;

	private ConsoleAssets(Map<String, Asset> assets) {
		this.assets = assets;
	}

	/** One built file: its bytes and media type. */
	record Asset(byte[] content, MediaType type) {
	}

	static ConsoleAssets load(ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		Map<String, Asset> found = new TreeMap<>();
		try {
			Resource index = resolver.getResource("classpath:" + ROOT + "index.html");
			if (!index.exists()) {
				return new ConsoleAssets(Map.of());
			}
			String base = index.getURL().toString().substring(0, index.getURL().toString().length() - 10);
			for (Resource resource : resolver.getResources("classpath:" + ROOT + "**/*")) {
				String url = resource.getURL().toString();
				if (!url.startsWith(base) || url.endsWith("/") || !resource.isReadable()) {
					continue;
				}
				String path = "/" + url.substring(base.length());
				try (InputStream in = resource.getInputStream()) {
					found.put(path, new Asset(in.readAllBytes(), typeOf(path)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the console's files from the classpath", ex);
		}
		return new ConsoleAssets(Map.copyOf(found));
	}

	/** Vite writes UTF-8; say so, as index.html's meta tag comes too late for some. */
	static MediaType typeOf(String path) {
		MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
		boolean text = type.getType().equals("text") || type.getSubtype().equals("javascript")
				|| type.getSubtype().equals("json");
		return text ? new MediaType(type, StandardCharsets.UTF_8) : type;
	}

	Optional<Asset> find(String path) {
		return Optional.ofNullable(this.assets.get(path));
	}

	boolean isBuilt() {
		return this.assets.containsKey(INDEX);
	}

}
