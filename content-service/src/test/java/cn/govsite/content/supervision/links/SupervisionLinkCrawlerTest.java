package cn.govsite.content.supervision.links;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.govsite.content.supervision.links.LinkCrawler.BrokenLink;
import cn.govsite.content.supervision.links.LinkCrawler.CrawlReport;
import cn.govsite.content.supervision.links.LinkCrawler.LinkKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawler against fixture sites on loopback: a published site and an "external" site
 * on another port, with planted broken links and a clean twin.
 */
class SupervisionLinkCrawlerTest {

	private static final LinkCrawler.Settings FAST = new LinkCrawler.Settings(50, Duration.ofSeconds(1), Duration.ZERO,
			true);

	private HttpServer site;

	private HttpServer external;

	@AfterEach
	void stop() {
		if (this.site != null) {
			this.site.stop(0);
		}
		if (this.external != null) {
			this.external.stop(0);
		}
	}

	private static HttpServer serve(Map<String, String> pages) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/slow")) {
				try {
					Thread.sleep(3000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			if (path.equals("/no-head") && exchange.getRequestMethod().equals("HEAD")) {
				exchange.sendResponseHeaders(405, -1);
				exchange.close();
				return;
			}
			String body = pages.get(path);
			if (body == null && !path.equals("/slow")) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			byte[] bytes = (body != null ? body : "ok").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders()
				.add("Content-Type", path.endsWith(".png") ? "image/png" : "text/html; charset=utf-8");
			boolean head = exchange.getRequestMethod().equals("HEAD");
			exchange.sendResponseHeaders(200, head ? -1 : bytes.length);
			if (!head) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
			exchange.close();
		});
		server.start();
		return server;
	}

	private static String base(HttpServer server) {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Test
	void findsPlantedBrokenInternalAndExternalLinks() throws IOException {
		this.external = serve(Map.of("/ok", "<p>ok</p>", "/no-head", "<p>get only</p>"));
		String ext = base(this.external);
		int closed = closedPort();
		this.site = serve(Map.of("/index.html", """
				<html><body>
				<a href="/a.html">A</a> <a href="/missing.html">失效页面</a> <a href="#top">顶部</a>
				<a href="mailto:office@example.gov.cn">邮箱</a> <a href="javascript:void(0)">无</a>
				<img src="/logo.png"> <img src="/gone.png">
				<a href="%1$s/ok">外链</a> <a href="%1$s/dead">死外链</a> <a href="%1$s/no-head">只支持GET</a>
				<a href="%1$s/slow">慢外链</a> <a href="http://127.0.0.1:%2$d/">拒绝连接</a>
				</body></html>""".formatted(ext, closed), "/a.html",
				"<a href='/index.html'>首页</a><a href='b.html'>B</a><a href='/a.html#part'>自身</a>", "/b.html",
				"<p>b</p><script src='/js/missing.js'></script>", "/logo.png", "png"));

		CrawlReport report = new LinkCrawler(FAST).crawl(URI.create(base(this.site) + "/index.html"));

		assertThat(report.pagesCrawled()).isEqualTo(4);
		assertThat(report.broken()).extracting(BrokenLink::url)
			.containsExactlyInAnyOrder(base(this.site) + "/missing.html", base(this.site) + "/gone.png",
					base(this.site) + "/js/missing.js", ext + "/dead", ext + "/slow",
					"http://127.0.0.1:" + closed + "/");
		BrokenLink missing = find(report, "/missing.html");
		assertThat(missing.kind()).isEqualTo(LinkKind.PAGE);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.foundOn()).isEqualTo(base(this.site) + "/index.html");
		assertThat(find(report, "/gone.png").kind()).isEqualTo(LinkKind.RESOURCE);
		BrokenLink script = find(report, "/js/missing.js");
		assertThat(script.foundOn()).isEqualTo(base(this.site) + "/b.html");
		assertThat(find(report, ext + "/dead").kind()).isEqualTo(LinkKind.EXTERNAL);
		assertThat(find(report, ext + "/slow").error()).isEqualTo("timeout");
		assertThat(find(report, ":" + closed + "/").status()).isZero();
	}

	@Test
	void aCleanSiteHasNoBrokenLinks() throws IOException {
		this.external = serve(Map.of("/ok", "<p>ok</p>"));
		this.site = serve(Map.of("/",
				"<a href='/news/1.html'>新闻</a><a href='" + base(this.external)
						+ "/ok'>国务院</a><img src='/logo.png'><link rel='stylesheet' href='/site.css'>",
				"/news/1.html", "<a href='/'>首页</a><a href='../news/1.html?x=1'>本页</a>", "/logo.png", "png",
				"/site.css", "body{}"));
		CrawlReport report = new LinkCrawler(FAST).crawl(URI.create(base(this.site) + "/"));
		assertThat(report.broken()).isEmpty();
		assertThat(report.pagesCrawled()).isEqualTo(3);
		assertThat(report.linksChecked()).isEqualTo(6);
	}

	@Test
	void stopsAtThePageLimitAndLeavesExternalLinksAloneWhenToldTo() throws IOException {
		StringBuilder many = new StringBuilder();
		Map<String, String> pages = new java.util.HashMap<>();
		for (int i = 0; i < 20; i++) {
			many.append("<a href='/p").append(i).append(".html'>").append(i).append("</a>");
			pages.put("/p" + i + ".html", "<p>" + i + "</p>");
		}
		many.append("<a href='http://127.0.0.1:").append(closedPort()).append("/'>外链</a>");
		pages.put("/", many.toString());
		this.site = serve(pages);
		CrawlReport report = new LinkCrawler(new LinkCrawler.Settings(5, Duration.ofSeconds(1), Duration.ZERO, false))
			.crawl(URI.create(base(this.site) + "/"));
		assertThat(report.pagesCrawled()).isEqualTo(5);
		assertThat(report.broken()).isEmpty();
	}

	private static BrokenLink find(CrawlReport report, String suffix) {
		return report.broken()
			.stream()
			.filter(b -> b.url().endsWith(suffix))
			.findFirst()
			.orElseThrow(() -> new AssertionError(suffix + " not reported: " + report.broken()));
	}

}
