package cn.govsite.gateway.page;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;

/**
 * 旧地址跳转 — where a migrated site's old URL lives now. content-service's migration keeps
 * one Redis hash per site, {@code {prefix}gateway:redirect:{siteCode}}: old path (with
 * its query, as the old site had it) → new path. Asked only after a page was not found,
 * so the page path pays nothing; Redis down means no redirect, never an error.
 */
@Component
public class OldUrlRedirects {

	private static final Logger log = LoggerFactory.getLogger(OldUrlRedirects.class);

	private final ReactiveStringRedisTemplate redis;

	private final String prefix;

	public OldUrlRedirects(ReactiveStringRedisTemplate redis, GovsiteProperties govsite) {
		this.redis = redis;
		this.prefix = govsite.redis().keyPrefix() + "gateway:redirect:";
	}

	/** The new path of the old one (raw path and raw query), or empty. */
	public Mono<String> find(String siteCode, String rawPath, String rawQuery) {
		String key = this.prefix + siteCode;
		Mono<String> exact = (rawQuery != null && !rawQuery.isEmpty())
				? lookup(key, rawPath + "?" + rawQuery).switchIfEmpty(Mono.defer(() -> lookup(key, rawPath)))
				: lookup(key, rawPath);
		return exact.filter(OldUrlRedirects::local);
	}

	private Mono<String> lookup(String key, String path) {
		return this.redis.<String, String>opsForHash().get(key, path).onErrorResume(ex -> {
			log.warn("Redirect lookup unavailable: {}", ex.toString());
			return Mono.empty();
		});
	}

	/** Only paths on the same host: a stored value can never send visitors elsewhere. */
	static boolean local(String target) {
		if (!target.startsWith("/") || target.startsWith("//") || target.contains("\\")) {
			return false;
		}
		try {
			URI uri = URI.create(target);
			return uri.getScheme() == null && uri.getHost() == null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
