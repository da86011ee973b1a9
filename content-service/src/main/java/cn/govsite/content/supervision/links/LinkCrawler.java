package cn.govsite.content.supervision.links;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * 错断链检测 — crawls a site's published pages from its home page and checks every link found:
 * internal pages (followed, up to a page limit), internal resources (images, scripts,
 * styles, frames) and external links. Requests are sequential, wait a polite interval
 * between two requests to the same host, and time out; each URL is checked once and
 * reported with the first page it was found on. jsoup parses the pages (real pages are
 * not well-formed XML); the JDK client fetches.
 */
public final class LinkCrawler {

	/**
	 * @param maxPages how many internal pages to fetch and parse at most
	 * @param timeout how long one request may take
	 * @param politeness the least time between two requests to the same host
	 * @param checkExternal whether links to other hosts are checked (not followed)
	 */
	public record Settings(int maxPages, Duration timeout, Duration politeness, boolean checkExternal) {

		public static Settings defaults() {
			return new Settings(500, Duration.ofSeconds(10), Duration.ofMillis(200), true);
		}

	}

	/** Where a link points. */
	public enum LinkKind {

		/** A page of the same site. */
		PAGE,
		/** An image, script, style sheet or frame of the same site. */
		RESOURCE,
		/** Anything on another host. */
		EXTERNAL

	}

	/**
	 * A link that does not work.
	 *
	 * @param status the HTTP status, 0 when no answer came
	 * @param error why no answer came (timeout, refused), null when one did
	 */
	public record BrokenLink(String url, String foundOn, LinkKind kind, int status, String error) {

	}

	public record CrawlReport(String start, int pagesCrawled, int linksChecked, List<BrokenLink> broken) {

	}

	private final HttpClient http;

	private final Settings settings;

	private final Map<String, Long> lastRequest = new HashMap<>();

	public LinkCrawler(Settings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	public CrawlReport crawl(URI start) {
		String origin = origin(start);
		Deque<Link> pages = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		List<BrokenLink> broken = new ArrayList<>();
		pages.add(new Link(normalise(start).toString(), null, LinkKind.PAGE));
		seen.add(pages.peek().url());
		int crawled = 0;
		int checked = 0;
		List<Link> others = new ArrayList<>();
		while (!pages.isEmpty() && crawled < this.settings.maxPages()) {
			Link page = pages.poll();
			crawled++;
			checked++;
			Answer answer = fetch(URI.create(page.url()), true);
			if (!answer.ok()) {
				broken.add(new BrokenLink(page.url(), page.foundOn(), LinkKind.PAGE, answer.status(), answer.error()));
				continue;
			}
			if (answer.html() == null) {
				continue;
			}
			Document document = Jsoup.parse(answer.html(), page.url());
			for (Element element : document
				.select("a[href], area[href], img[src], script[src], link[href], iframe[src]")) {
				boolean anchor = element.nameIs("a") || element.nameIs("area");
				String raw = element.absUrl(anchor || element.nameIs("link") ? "href" : "src");
				URI target = parse(raw);
				if (target == null || !seen.add(target.toString())) {
					continue;
				}
				boolean internal = origin.equals(origin(target));
				if (internal && anchor) {
					pages.add(new Link(target.toString(), page.url(), LinkKind.PAGE));
				}
				else if (internal) {
					others.add(new Link(target.toString(), page.url(), LinkKind.RESOURCE));
				}
				else if (this.settings.checkExternal()) {
					others.add(new Link(target.toString(), page.url(), LinkKind.EXTERNAL));
				}
			}
		}
		for (Link link : others) {
			checked++;
			Answer answer = fetch(URI.create(link.url()), false);
			if (!answer.ok()) {
				broken.add(new BrokenLink(link.url(), link.foundOn(), link.kind(), answer.status(), answer.error()));
			}
		}
		return new CrawlReport(start.toString(), crawled, checked, List.copyOf(broken));
	}

	private record Link(String url, String foundOn, LinkKind kind) {

	}

	private record Answer(int status, String html, String error) {

		boolean ok() {
			return this.error == null && this.status < 400;
		}

	}

	/**
	 * Fetches a page (GET, keeping HTML) or checks a link (HEAD, then GET for servers
	 * that refuse HEAD).
	 */
	private Answer fetch(URI uri, boolean page) {
		try {
			if (!page) {
				HttpResponse<Void> head = send(uri, "HEAD", HttpResponse.BodyHandlers.discarding());
				if (head.statusCode() != 405 && head.statusCode() != 501) {
					return new Answer(head.statusCode(), null, null);
				}
			}
			HttpResponse<String> response = send(uri, "GET", HttpResponse.BodyHandlers.ofString());
			String type = response.headers().firstValue("Content-Type").orElse("");
			boolean html = page && type.toLowerCase(Locale.ROOT).contains("html");
			return new Answer(response.statusCode(), html ? response.body() : null, null);
		}
		catch (HttpTimeoutException ex) {
			return new Answer(0, null, "timeout");
		}
		catch (IOException ex) {
			return new Answer(0, null, Objects.toString(ex.getMessage(), ex.getClass().getSimpleName()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(0, null, "interrupted");
		}
	}

	private <T> HttpResponse<T> send(URI uri, String method, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		politely(uri);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.settings.timeout())
			.header("User-Agent", "govsite-supervision-link-check")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.http.send(request, body);
	}

	/** Waits until the politeness interval since the last request to the host is over. */
	private void politely(URI uri) throws InterruptedException {
		String host = origin(uri);
		long now = System.nanoTime();
		Long last = this.lastRequest.get(host);
		if (last != null) {
			long wait = this.settings.politeness().toNanos() - (now - last);
			if (wait > 0) {
				Thread.sleep(Duration.ofNanos(wait));
			}
		}
		this.lastRequest.put(host, System.nanoTime());
	}

	/** An http(s) URL without its fragment; null for other schemes and bad URLs. */
	private static URI parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(raw.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
				return null;
			}
			return normalise(uri);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static URI normalise(URI uri) {
		try {
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			return new URI(
					uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
							+ path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""));
		}
		catch (URISyntaxException ex) {
			return uri;
		}
	}

	private static String origin(URI uri) {
		int port = uri.getPort();
		if (port < 0) {
			port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
		}
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
	}

}
