package cn.govsite.search.attachment;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where attachment texts come from, under {@code govsite.search.asset-service}: asset-
 * service's internal API, called with the same service token as content-service's
 * listing.
 *
 * @param url asset-service's base address
 * @param timeout how long one request may take (the first request for a file extracts its
 * text)
 * @param batch resources asked for per request (asset-service takes at most 100)
 */
@ConfigurationProperties("govsite.search.asset-service")
public record AssetServiceProperties(@DefaultValue("http://127.0.0.1:18084") URI url,
		@DefaultValue("20s") Duration timeout, @DefaultValue("50") int batch) {

}
