package cn.govsite.content.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.function.Function;

/**
 * Reads the old site over HTTP: one GET, no redirect followed (the crawl decides), a
 * timeout, a size cap, and — unless allowed — no loopback or private addresses.
 */
final class OldSiteFetcher implements Function<URI, Fetched> {

	private static final String AGENT = "govsite-migration/1.0 (+site migration of the government website platform)";

	private final HttpClient http;

	private final MigrationProperties properties;

	OldSiteFetcher(MigrationProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Fetched apply(URI uri) {
		if (!this.properties.allowPrivateAddresses() && isPrivate(uri.getHost())) {
			return Fetched.failed("内网地址不允许抓取 / private address refused");
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.readTimeout())
			.header("User-Agent", AGENT)
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
			URI location = response.headers().firstValue("Location").map(OldSiteFetcher::location).orElse(null);
			long limit = type.startsWith("text/html") ? this.properties.maxPageSize().toBytes()
					: this.properties.maxFileSize().toBytes();
			try (InputStream in = response.body()) {
				byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
				if (body.length > limit) {
					return Fetched.failed("文件过大 / larger than " + limit + " bytes");
				}
				return new Fetched(response.statusCode(), type, body, location, null);
			}
		}
		catch (HttpTimeoutException ex) {
			return Fetched.failed("超时 / timed out");
		}
		catch (IOException ex) {
			return Fetched.failed("连接失败 / " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Fetched.failed("interrupted");
		}
	}

	private static URI location(String value) {
		try {
			return URI.create(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static boolean isPrivate(String host) {
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
						|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
					return true;
				}
			}
			return false;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
