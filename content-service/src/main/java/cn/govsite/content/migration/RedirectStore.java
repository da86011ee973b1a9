package cn.govsite.content.migration;

import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;

/**
 * 旧地址跳转 — the old URLs of migrated sites for the gateway: one Redis hash per site,
 * {@code {prefix}gateway:redirect:{siteCode}}, old path (with query) → new path. The
 * gateway asks it only when a page is missing, so the page path costs nothing more.
 * {@code migration_url} is the source; a job writes its redirects as it goes and all of
 * them again when it ends.
 */
@Component
class RedirectStore {

	private final StringRedisTemplate redis;

	private final String prefix;

	RedirectStore(StringRedisTemplate redis, GovsiteProperties govsite) {
		this.redis = redis;
		this.prefix = govsite.redis().keyPrefix() + "gateway:redirect:";
	}

	void put(String siteCode, String oldPath, String newPath) {
		this.redis.opsForHash().put(this.prefix + siteCode, oldPath, newPath);
	}

	void putAll(String siteCode, Map<String, String> redirects) {
		if (!redirects.isEmpty()) {
			this.redis.opsForHash().putAll(this.prefix + siteCode, redirects);
		}
	}

	String get(String siteCode, String oldPath) {
		Object found = this.redis.opsForHash().get(this.prefix + siteCode, oldPath);
		return (found != null) ? found.toString() : null;
	}

}
