package cn.govsite.gateway.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Host resolution stays constant-time as the platform grows: the time to resolve a host
 * among 1,000 sites against a baseline of 10 sites measured in the same run (same
 * machine, same load), through the gateway's real Redis cache. A plain timed benchmark,
 * not JMH: it prints its figures (grep {@code host-resolution}) and asserts no timing.
 * Tagged {@code benchmark}, so the normal test run leaves it out; run it with
 * {@code ./mvnw -pl gateway test -Dsurefire.excludedGroups=none -Dgroups=benchmark}.
 */
@Tag("benchmark")
class HostResolutionBenchmarkTests extends GatewayTestBase {

	private static final int ROUNDS = 2000;

	@Autowired
	SiteDirectory directory;

	@Test
	void resolvingAmongAThousandSitesCostsAboutWhatAmongTenDoes() {
		List<String> hosts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			String code = code("bench" + i);
			this.stubs.addSite(code, code + ".govsite.localhost");
			hosts.add(code + ".govsite.localhost");
		}
		// Warm every entry (one tenant-service call each), then measure cache hits.
		hosts.forEach(this::resolve);
		List<String> ten = hosts.subList(0, 10);
		measure(ten, ROUNDS);
		measure(hosts, ROUNDS);
		long baseline = measure(ten, ROUNDS);
		long thousand = measure(hosts, ROUNDS);
		double ratio = (double) thousand / baseline;
		System.out.printf("host-resolution: 10 sites %d ns/lookup, 1000 sites %d ns/lookup, ratio %.2f%n", baseline,
				thousand, ratio);
	}

	/** Mean nanoseconds per look-up over the rounds, cycling through the hosts. */
	private long measure(List<String> hosts, int rounds) {
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			resolve(hosts.get((i * 7919) % hosts.size()));
		}
		return (System.nanoTime() - start) / rounds;
	}

	private void resolve(String host) {
		Optional<SiteInfo> site = this.directory.byHost(host).block(Duration.ofSeconds(5));
		assertThat(site).isPresent();
	}

}
