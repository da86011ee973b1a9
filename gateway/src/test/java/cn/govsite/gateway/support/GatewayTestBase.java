package cn.govsite.gateway.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.test.GovsiteIntegrationTest;
import cn.govsite.common.test.TestNamespace;

/**
 * One gateway on real Redis, Keycloak and S3, with our own services played by
 * {@link StubServices}. Every subclass shares this configuration, hence one context.
 */
@GovsiteIntegrationTest
public abstract class GatewayTestBase {

	/** Small enough that a test exhausts it quickly. */
	protected static final int BURST = 5;

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestNamespace namespace;

	@Autowired
	protected StringRedisTemplate redis;

	@Autowired
	protected GovsiteProperties properties;

	@Autowired
	protected JsonMapper json;

	protected WebTestClient client;

	protected final StubServices stubs = StubServices.get();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		String url = StubServices.get().url();
		registry.add("govsite.gateway.services.tenant", () -> url);
		registry.add("govsite.gateway.services.content", () -> url);
		registry.add("govsite.gateway.services.search", () -> url);
		// Nothing listens there: the gateway must say the service is unavailable.
		registry.add("govsite.gateway.services.asset", () -> "http://127.0.0.1:" + unusedPort());
		registry.add("govsite.gateway.rate-limit.replenish-rate", () -> 1);
		registry.add("govsite.gateway.rate-limit.burst-capacity", () -> BURST);
	}

	/** A port nothing listens on (it was free a moment ago). */
	public static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** A site code unique to this run (Keycloak outlives the test namespace). */
	protected String code(String stem) {
		return stem + "-" + this.namespace.id() + (int) (Math.random() * 1000);
	}

	/** Puts an event on the stream as a service's outbox relay would. */
	protected void publish(String type, long siteId, String siteCode, Map<String, Object> payload) {
		EventEnvelope event = EventEnvelope.create(type, "test", siteId, siteCode, this.json.valueToTree(payload));
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("envelope", this.json.writeValueAsString(event)))
				.withStreamKey(this.properties.redis().keyPrefix() + this.properties.events().stream()));
	}

}
