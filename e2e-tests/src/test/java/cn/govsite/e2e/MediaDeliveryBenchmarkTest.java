package cn.govsite.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small registered image served on a site's host through the gateway (gateway → site
 * resolution → asset-service → object store) against the same object fetched straight
 * from the object store with a presigned link, in the same run, interleaved so both see
 * the same load. Prints p50/p99 and their ratios; asserts only that both answer the same
 * bytes. Run: {@code ./mvnw -o -pl e2e-tests verify -Dtest=MediaDeliveryBenchmarkTest
 * -Dsurefire.excludedGroups=none -Dgroups=benchmark} (rounds:
 * {@code -Dgovsite.bench.rounds=500}).
 */
@Tag("benchmark")
@ExtendWith(Platform.class)
class MediaDeliveryBenchmarkTest {

	private static final int WARMUP = 50;

	@Test
	void smallImageThroughTheGatewayVersusStraightFromTheObjectStore() throws Exception {
		int rounds = Integer.getInteger("govsite.bench.rounds", 500);
		Demo demo = new Demo(Platform.get());
		String code = "jyjb" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);
		demo.createSite(code, "示范市教育局", "DEPARTMENT", Demo.cityPortal(demo));
		String host = code + ".govsite.localhost";
		long image = new MediaLibrary(demo).registeredImage(host);
		String link = demo.gateway.get(host, "/api/asset/assets/" + image + "/link", demo.operatorToken)
			.json()
			.get("url")
			.asString();

		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest viaGateway = demo.gateway.request(host, "/assets/" + image + "/content", null).GET().build();
		HttpRequest direct = HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30)).GET().build();
		byte[] expected = http.send(direct, HttpResponse.BodyHandlers.ofByteArray()).body();
		assertThat(http.send(viaGateway, HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(expected);

		for (int i = 0; i < WARMUP; i++) {
			time(http, viaGateway, expected);
			time(http, direct, expected);
		}
		long[] gateway = new long[rounds];
		long[] store = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			gateway[i] = time(http, viaGateway, expected);
			store[i] = time(http, direct, expected);
		}
		Arrays.sort(gateway);
		Arrays.sort(store);
		double gatewayP50 = ms(gateway, 0.50);
		double gatewayP99 = ms(gateway, 0.99);
		double storeP50 = ms(store, 0.50);
		double storeP99 = ms(store, 0.99);
		System.out.printf("%nSmall image (%d bytes), %d rounds each, interleaved:%n", expected.length, rounds);
		System.out.printf("  through the gateway   p50 %.2f ms  p99 %.2f ms%n", gatewayP50, gatewayP99);
		System.out.printf("  straight from S3Proxy p50 %.2f ms  p99 %.2f ms%n", storeP50, storeP99);
		System.out.printf("  gateway / store       p50 %.2fx   p99 %.2fx%n%n", gatewayP50 / storeP50,
				gatewayP99 / storeP99);
	}

	private static long time(HttpClient http, HttpRequest request, byte[] expected) throws Exception {
		long start = System.nanoTime();
		HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		long elapsed = System.nanoTime() - start;
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(expected);
		return elapsed;
	}

	private static double ms(long[] sorted, double quantile) {
		int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

}
