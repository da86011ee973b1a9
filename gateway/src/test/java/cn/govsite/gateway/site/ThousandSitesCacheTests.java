package cn.govsite.gateway.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a thousand sites, every host is looked up in tenant-service once and then answered
 * from the Redis cache (the timing side is HostResolutionBenchmarkTests).
 */
class ThousandSitesCacheTests extends GatewayTestBase {

	@Autowired
	SiteDirectory directory;

	@Test
	void eachOfAThousandHostsIsLookedUpOnceThenServedFromTheCache() {
		List<String> hosts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			String code = code("many" + i);
			this.stubs.addSite(code, code + ".govsite.localhost");
			hosts.add(code + ".govsite.localhost");
		}

		for (int round = 0; round < 3; round++) {
			for (String host : hosts) {
				Optional<SiteInfo> site = this.directory.byHost(host).block(Duration.ofSeconds(5));
				assertThat(site).as(host).isPresent();
				assertThat(site.get().domain()).isEqualTo(host);
			}
		}

		for (String host : hosts) {
			assertThat(this.stubs.hostLookups(host)).as(host).isEqualTo(1);
		}
	}

}
