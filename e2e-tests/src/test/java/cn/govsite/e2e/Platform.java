package cn.govsite.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.govsite.common.test.Infrastructure;
import cn.govsite.common.test.TestNamespace;

/**
 * The whole platform for end-to-end tests: the five services as processes from their
 * jars, in a test namespace of their own on the launcher's real servers. Started once per
 * test run and shared; stopped and its namespace dropped at the end.
 */
final class Platform implements BeforeAllCallback {

	private static Platform running;

	final TestNamespace namespace;

	/** The content database's name, for checks no API offers (the outbox). */
	final String contentDatabase;

	final ServiceProcess tenant;

	final ServiceProcess content;

	final ServiceProcess search;

	final ServiceProcess asset;

	final ServiceProcess gateway;

	Platform() {
		this.namespace = null;
		this.contentDatabase = null;
		this.tenant = null;
		this.content = null;
		this.search = null;
		this.asset = null;
		this.gateway = null;
	}

	private Platform(TestNamespace namespace) {
		this.namespace = namespace;
		int gatewayPort = ServiceProcess.freePort();
		int tenantPort = ServiceProcess.freePort();
		int assetPort = ServiceProcess.freePort();
		this.contentDatabase = namespace.createDatabase("content");
		this.tenant = new ServiceProcess("tenant-service", tenantPort, shared(namespace,
				Map.of("spring.datasource.url", Infrastructure.jdbcUrl(namespace.createDatabase("tenant")))));
		this.content = new ServiceProcess("content-service", ServiceProcess.freePort(),
				shared(namespace,
						Map.of("spring.datasource.url", Infrastructure.jdbcUrl(this.contentDatabase),
								"govsite.content.tenant-service-url", "http://127.0.0.1:" + tenantPort,
								"govsite.content.asset-service-url", "http://127.0.0.1:" + assetPort,
								// The old sites of migration tests are served on
								// loopback.
								"govsite.content.migration.allow-private-addresses", "true",
								"govsite.content.migration.pause", "20ms")));
		this.search = new ServiceProcess("search-service", ServiceProcess.freePort(),
				shared(namespace,
						Map.of("govsite.search.site-url-pattern", "http://{domain}:" + gatewayPort,
								"govsite.search.content-service.url", this.content.url(),
								"govsite.search.content-service.realm-url", Infrastructure.issuer(),
								"govsite.search.asset-service.url", "http://127.0.0.1:" + assetPort)));
		this.asset = new ServiceProcess("asset-service", assetPort, shared(namespace,
				Map.of("spring.datasource.url", Infrastructure.jdbcUrl(namespace.createDatabase("asset")))));
		this.gateway = new ServiceProcess("gateway", gatewayPort,
				shared(namespace,
						Map.of("govsite.gateway.services.tenant", this.tenant.url(), "govsite.gateway.services.content",
								this.content.url(), "govsite.gateway.services.search", this.search.url(),
								"govsite.gateway.services.asset", this.asset.url())));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		synchronized (Platform.class) {
			if (running == null) {
				Platform platform = new Platform(TestNamespace.create());
				context.getRoot()
					.getStore(ExtensionContext.Namespace.GLOBAL)
					.put(Platform.class, (AutoCloseable) platform::shutdown);
				platform.startAll();
				running = platform;
			}
		}
	}

	/**
	 * A second platform of its own, empty, in a fresh namespace (a restore's target); the
	 * caller closes it, which stops it and drops its namespace.
	 */
	static Private startPrivate() {
		Platform platform = new Platform(TestNamespace.create());
		try {
			platform.startAll();
		}
		catch (RuntimeException ex) {
			platform.shutdown();
			throw ex;
		}
		return new Private(platform);
	}

	/** A platform started for one test class, not shared. */
	record Private(Platform platform) implements AutoCloseable {

		@Override
		public void close() {
			this.platform.stopAndDrop();
		}

	}

	static Platform get() {
		if (running == null) {
			throw new IllegalStateException("Annotate the test with @ExtendWith(Platform.class)");
		}
		return running;
	}

	private void startAll() {
		for (ServiceProcess service : List.of(this.tenant, this.content, this.search, this.asset, this.gateway)) {
			service.start();
		}
	}

	private void shutdown() {
		stopAndDrop();
		running = null;
	}

	private void stopAndDrop() {
		for (ServiceProcess service : List.of(this.gateway, this.asset, this.search, this.content, this.tenant)) {
			service.stop();
		}
		this.namespace.drop();
	}

	/** The services' processes, for figures about them (memory). */
	List<ServiceProcess> services() {
		return List.of(this.tenant, this.content, this.search, this.asset, this.gateway);
	}

	private static Map<String, String> shared(TestNamespace namespace, Map<String, String> own) {
		Map<String, String> properties = new LinkedHashMap<>();
		namespace.properties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
		properties.put("govsite.tenant.base-domain", "govsite.localhost");
		properties.put("govsite.events.relay-interval", "200ms");
		properties.putAll(own);
		return properties;
	}

}
