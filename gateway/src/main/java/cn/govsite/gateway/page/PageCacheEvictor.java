package cn.govsite.gateway.page;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;
import cn.govsite.gateway.GatewayProperties;

/**
 * Forgets a site's cached pages when something of it is published, withdrawn, re-rendered
 * or restored after tampering. The cache lives in each replica's memory, so each replica
 * needs every event: the consumer group is per replica
 * ({@code gateway-pages-{instance}}), unlike the shared {@code gateway} group of the site
 * cache.
 */
@Component
class PageCacheEvictor implements EventConsumer {

	/** Every event after which a site's stored pages differ from what a cache holds. */
	static final Set<String> TYPES = Set.of("ArticlePublished", "ArticlesPublished", "ArticleWithdrawn",
			"SitePublished", "PageTampered");

	private final PageCache cache;

	private final String group;

	PageCacheEvictor(PageCache cache, GatewayProperties properties, @Value("${server.port:8080}") String port) {
		this.cache = cache;
		String instance = properties.pages().instanceId();
		this.group = "gateway-pages-" + ((instance == null || instance.isBlank()) ? hostName() + "-" + port : instance);
	}

	@Override
	public String group() {
		return this.group;
	}

	@Override
	public boolean accepts(String eventType) {
		return TYPES.contains(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode code = (event.payload() != null) ? event.payload().get("siteCode") : null;
		String siteCode = (code != null && code.isString()) ? code.asString() : event.siteCode();
		if (siteCode != null) {
			this.cache.evictSite(siteCode);
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "gateway";
		}
	}

}
