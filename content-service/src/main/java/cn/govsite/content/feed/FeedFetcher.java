package cn.govsite.content.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.stereotype.Component;

/**
 * Fetches feed documents over HTTP(S) with a timeout and a size limit; private and
 * loopback addresses are refused unless allowed, and redirects are not followed.
 */
@Component
class FeedFetcher {

	private final FeedProperties properties;

	private final HttpClient client;

	FeedFetcher(FeedProperties properties) {
		this.properties = properties;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			// A redirect could lead to an address the first check allowed through.
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	byte[] fetch(String url) {
		URI uri = requireAllowed(url);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.timeout())
			.header("User-Agent", "govsite-feed/1")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() / 100 == 3) {
					throw new FeedFailure("HTTP " + response.statusCode() + " from " + url + " to "
							+ response.headers().firstValue("Location").orElse("?")
							+ " (redirects are not followed: configure the final address)");
				}
				if (response.statusCode() != 200) {
					throw new FeedFailure("HTTP " + response.statusCode() + " from " + url);
				}
				long max = this.properties.maxBytes().toBytes();
				byte[] bytes = body.readNBytes((int) max + 1);
				if (bytes.length > max) {
					throw new FeedFailure("The document at " + url + " is larger than " + max + " bytes");
				}
				return bytes;
			}
		}
		catch (IOException ex) {
			throw new FeedFailure("Unreachable: " + url + " (" + ex.getClass().getSimpleName() + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FeedFailure("Interrupted while fetching " + url, ex);
		}
	}

	/** The URI, when it is http(s) on an address feeds may reach. */
	URI requireAllowed(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new FeedFailure("Not a URL: " + url);
		}
		if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
				|| uri.getHost() == null) {
			throw new FeedFailure("Only http and https feeds are read: " + url);
		}
		if (!this.properties.allowPrivateAddresses()) {
			try {
				for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
					if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
							|| address.isAnyLocalAddress()) {
						throw new FeedFailure("Feeds may not read private addresses: " + uri.getHost());
					}
				}
			}
			catch (UnknownHostException ex) {
				throw new FeedFailure("Unknown host: " + uri.getHost());
			}
		}
		return uri;
	}

}
