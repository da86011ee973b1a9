package cn.govsite.content.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of column feeds under {@code govsite.content.feeds}.
 *
 * @param pollInterval how often due feeds are looked for
 * @param timeout connect and read timeout of one fetch
 * @param maxBytes the largest document read
 * @param maxItems the most new items taken from one poll
 * @param allowPrivateAddresses whether feeds may point at loopback or private addresses
 * (off in production: a site admin must not make the platform fetch its own internals)
 */
@ConfigurationProperties("govsite.content.feeds")
public record FeedProperties(@DefaultValue("30s") Duration pollInterval, @DefaultValue("10s") Duration timeout,
		@DefaultValue("5MB") DataSize maxBytes, @DefaultValue("200") int maxItems,
		@DefaultValue("false") boolean allowPrivateAddresses) {

}
