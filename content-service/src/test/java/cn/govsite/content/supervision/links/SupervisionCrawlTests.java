package cn.govsite.content.supervision.links;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The crawl seam finds a site's home page from its domain in the site replica. */
class SupervisionCrawlTests extends ContentIntegrationTest {

	private CrawlProperties enabled() {
		return new CrawlProperties(true, "http://{domain}/", 20, Duration.ofSeconds(1), Duration.ZERO, false);
	}

	private long siteWithDomain(String domain) {
		long id = ThreadLocalRandom.current().nextLong(90_000_000, 99_000_000);
		this.jdbc.update(
				"INSERT INTO site_profile (site_id, code, name, kind, domain, updated_at) VALUES (?, ?, ?, 'COUNTY', ?, ?)",
				id, "k" + randomHex(5), "抓取测试站", domain, Timestamp.from(Instant.now()));
		return id;
	}

	@Test
	void crawlsTheSitesDomainAndCountsAnUnreachableHomePageAsNoCrawl() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			boolean home = exchange.getRequestURI().getPath().equals("/");
			byte[] body = "<a href='/gone.html'>旧页面</a>".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(home ? 200 : 404, home ? body.length : -1);
			if (home) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			exchange.close();
		});
		server.start();
		try {
			long site = siteWithDomain("127.0.0.1:" + server.getAddress().getPort());
			var report = new CrawlingLinkFacts(this.jdbc, enabled()).crawl(site);
			assertThat(report).hasValueSatisfying(r -> assertThat(r.broken()).singleElement()
				.satisfies(b -> assertThat(b.url()).endsWith("/gone.html")));

			CrawlProperties off = new CrawlProperties(false, "http://{domain}/", 20, Duration.ofSeconds(1),
					Duration.ZERO, false);
			assertThat(new CrawlingLinkFacts(this.jdbc, off).crawl(site)).isEmpty();
		}
		finally {
			server.stop(0);
		}
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		long down = siteWithDomain("127.0.0.1:" + closed);
		assertThat(new CrawlingLinkFacts(this.jdbc, enabled()).crawl(down)).isEmpty();
	}

}
