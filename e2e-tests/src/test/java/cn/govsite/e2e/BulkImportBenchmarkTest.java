package cn.govsite.e2e;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 批量导入 throughput into a site with the search index kept up to date: the clock runs from
 * the upload until every imported item is found by the cross-site search (so validation,
 * writing, publishing pages and indexing all count). The baseline, measured in the same
 * run on the same site, creates and publishes items one by one through the normal API and
 * waits until they are searchable too. Prints items, seconds, items/s and the ratio;
 * asserts only that every item arrived. Run: {@code ./mvnw -o -pl e2e-tests verify
 * -Dtest=BulkImportBenchmarkTest -Dsurefire.excludedGroups=none -Dgroups=benchmark}
 * ({@code -Dgovsite.bench.items=2000 -Dgovsite.bench.baseline=100}).
 */
@Tag("benchmark")
@ExtendWith(Platform.class)
class BulkImportBenchmarkTest {

	@Test
	void bulkImportUntilSearchableVersusOneByOne() {
		int items = Integer.getInteger("govsite.bench.items", 2000);
		int baseline = Integer.getInteger("govsite.bench.baseline", 100);
		Demo demo = new Demo(Platform.get());
		String code = "bulk" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 3);
		demo.createSite(code, "示范市统计局", "DEPARTMENT", Demo.cityPortal(demo));
		String host = code + ".govsite.localhost";
		long column = demo.createColumn(code, "政策文件库");

		String oneByOneTag = letters();
		long start = System.nanoTime();
		for (int i = 0; i < baseline; i++) {
			long id = demo.createArticle(host, column, "逐条发布第" + i + "号文件", body(oneByOneTag, i));
			demo.publish(host, id);
		}
		searchable(demo, code, oneByOneTag, baseline);
		double oneByOneSeconds = (System.nanoTime() - start) / 1e9;

		String bulkTag = letters();
		byte[] csv = csv(bulkTag, items);
		start = System.nanoTime();
		GatewayClient.Response started = demo.gateway.send(upload(demo, host, column, csv));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long run = started.json().get("run").get("id").asLong();
		JsonNode done = await().atMost(Duration.ofMinutes(20))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> demo.gateway.get(host, "/api/content/imports/" + run, demo.operatorToken).json(),
					r -> !r.get("state").asString().matches("QUEUED|RUNNING"));
		assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
		double writtenSeconds = (System.nanoTime() - start) / 1e9;
		searchable(demo, code, bulkTag, items);
		double bulkSeconds = (System.nanoTime() - start) / 1e9;

		double bulkRate = items / bulkSeconds;
		double oneByOneRate = baseline / oneByOneSeconds;
		System.out.printf("%nBulk import into one site, until searchable:%n");
		System.out.printf("  bulk import (CSV, %d items)    %.1f s  %.0f items/s  (written and published in %.1f s)%n",
				items, bulkSeconds, bulkRate, writtenSeconds);
		System.out.printf("  one by one (create + publish, %d items)  %.1f s  %.1f items/s%n", baseline,
				oneByOneSeconds, oneByOneRate);
		System.out.printf("  bulk / one by one  %.1fx%n%n", bulkRate / oneByOneRate);
	}

	private static void searchable(Demo demo, String site, String tag, int expected) {
		await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
			GatewayClient.Response answer = demo.gateway.get(null, "/api/search?q=" + tag + "&site=" + site + "&size=1",
					null);
			return answer.status() == 200 ? answer.json().get("total").asLong() : -1L;
		}, total -> total >= expected);
	}

	private static String body(String tag, int i) {
		return "为进一步做好统计工作，现将第" + i + "号文件印发给你们，请认真贯彻执行。检索标记 " + tag + "。";
	}

	private static byte[] csv(String tag, int items) {
		StringBuilder csv = new StringBuilder("标题,正文,类型,文号,发文机关,成文日期,主题分类,有效性\n");
		for (int i = 0; i < items; i++) {
			csv.append("批量导入第")
				.append(i)
				.append("号文件,")
				.append(body(tag, i))
				.append(",政策文件,示统发〔2026〕")
				.append(i)
				.append("号,示范市统计局,2026-03-01,统计,有效\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static HttpRequest.Builder upload(Demo demo, String host, long column, byte[] file) {
		String boundary = "govsite" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"docs.csv\"\r\n"
						+ "Content-Type: text/csv\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return demo.gateway.request(host, "/api/content/imports?columnId=" + column, demo.operatorToken)
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	/** A word of Latin letters the analyzer keeps whole, unique to the run. */
	private static String letters() {
		StringBuilder word = new StringBuilder("bench");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
