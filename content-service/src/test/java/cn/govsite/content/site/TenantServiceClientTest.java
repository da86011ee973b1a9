package cn.govsite.content.site;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.content.ContentProperties;
import cn.govsite.content.support.FakeTenantService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantServiceClientTest {

	private static final FakeTenantService TENANT_SERVICE = FakeTenantService.start();

	@Test
	void aKnownSiteIsRead() {
		TENANT_SERVICE.site("jyj", "{\"id\":3,\"code\":\"jyj\",\"name\":\"市教育局\",\"kind\":\"DEPARTMENT\","
				+ "\"parentId\":1,\"domain\":\"jyj.govsite.localhost\",\"status\":\"ACTIVE\",\"extra\":true}");
		assertThat(client(TENANT_SERVICE.url()).fetch("jyj"))
			.contains(new SiteFacts(3, "jyj", "市教育局", "DEPARTMENT", 1L, "jyj.govsite.localhost"));
	}

	@Test
	void anUnknownOrIncompleteSiteIsEmpty() {
		assertThat(client(TENANT_SERVICE.url()).fetch("nosuch")).isEmpty();
		TENANT_SERVICE.site("noid", "{\"code\":\"noid\",\"name\":\"无编号\"}");
		assertThat(client(TENANT_SERVICE.url()).fetch("noid")).isEmpty();
	}

	@Test
	void anUnreachableTenantServiceIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThatThrownBy(() -> client("http://127.0.0.1:" + closedPort).fetch("jyj")).isInstanceOfSatisfying(
				GovsiteException.class, ex -> assertThat(ex.type().slug()).isEqualTo("service-unavailable"));
	}

	private static TenantServiceClient client(String url) {
		return new TenantServiceClient(new ContentProperties(URI.create(url), Duration.ofSeconds(2), 20,
				URI.create(url), Duration.ofSeconds(2), URI.create(url), "govsite-jobs", "unused"));
	}

}
