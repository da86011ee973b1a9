package cn.govsite.asset.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Handing out library files, under {@code govsite.asset.delivery}.
 *
 * @param linkTtl how long a presigned link to a private file works
 * @param publicEndpoint the object store as browsers reach it (signed into the link);
 * empty means the endpoint the service itself uses
 * @param publicMaxAge how long browsers and proxies may keep a public file before asking
 * again (with its ETag); bounds how long a retired or unshared file stays visible
 */
@ConfigurationProperties("govsite.asset.delivery")
public record DeliveryProperties(@DefaultValue("5m") Duration linkTtl, @DefaultValue("") String publicEndpoint,
		@DefaultValue("10m") Duration publicMaxAge) {

}
