package cn.govsite.gateway.site;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.gateway.GatewayProperties;

/**
 * 站点目录 — finds the site of a host or code through tenant-service's public API, with a
 * Redis cache shared by every gateway replica: {@code {prefix}gateway:site:host:{host}}
 * and {@code {prefix}gateway:site:code:{code}}, found sites for the TTL, "no such site"
 * for the shorter negative TTL. Tenant events evict entries ({@link SiteCacheEvictor}).
 * Each replica also keeps look-ups for a few seconds in its own memory
 * ({@link LocalSiteCache}), so serving a page costs no Redis round trip.
 */
@Component
public class SiteDirectory {

	private static final Logger log = LoggerFactory.getLogger(SiteDirectory.class);

	/** Cached for "no such site". */
	private static final String NONE = "-";

	private final ReactiveStringRedisTemplate redis;

	private final WebClient tenant;

	private final JsonMapper json;

	private final String keyPrefix;

	private final GatewayProperties.SiteCache settings;

	private final LocalSiteCache local;

	public SiteDirectory(ReactiveStringRedisTemplate redis, JsonMapper json, GovsiteProperties govsite,
			GatewayProperties properties) {
		this.redis = redis;
		this.json = json;
		this.keyPrefix = govsite.redis().keyPrefix() + "gateway:site:";
		this.settings = properties.siteCache();
		this.local = new LocalSiteCache(this.settings.localTtl(), this.settings.localMaxEntries(), System::nanoTime);
		this.tenant = WebClient.builder().baseUrl(properties.services().tenant().toString()).build();
	}

	public Mono<Optional<SiteInfo>> byHost(String host) {
		return cached(hostKey(host), () -> fetch("/public/sites/resolve?host={host}", host));
	}

	public Mono<Optional<SiteInfo>> byCode(String code) {
		return cached(codeKey(code), () -> fetch("/public/sites/{code}", code));
	}

	/**
	 * The site of a host as this replica holds it in memory right now, without asking
	 * anyone; {@code null} when it holds none (or holds "no such site"). For the page
	 * fast path, which leaves everything else to the full path.
	 */
	public SiteInfo knownHost(String host) {
		if (host == null) {
			return null;
		}
		Optional<SiteInfo> near = this.local.get(hostKey(host));
		return (near != null) ? near.orElse(null) : null;
	}

	/** Forgets what is cached for the site's code and any of its (old or new) domains. */
	public Mono<Long> evict(String code, String... domains) {
		String[] keys = Arrays.stream(domains).filter(Objects::nonNull).map(this::hostKey).toArray(String[]::new);
		String[] all = (code != null) ? append(keys, codeKey(code)) : keys;
		this.local.evict(all);
		return (all.length == 0) ? Mono.just(0L) : this.redis.delete(all);
	}

	public String hostKey(String host) {
		return this.keyPrefix + "host:" + host;
	}

	public String codeKey(String code) {
		return this.keyPrefix + "code:" + code;
	}

	private Mono<Optional<SiteInfo>> cached(String key, Supplier<Mono<Optional<SiteInfo>>> load) {
		Optional<SiteInfo> near = this.local.get(key);
		if (near != null) {
			return Mono.just(near);
		}
		Mono<Optional<SiteInfo>> fromCache = this.redis.opsForValue().get(key).map(this::decode).onErrorResume(ex -> {
			// Redis down: still serve, straight from tenant-service.
			log.warn("Site cache unreadable, asking tenant-service: {}", ex.toString());
			return Mono.empty();
		});
		return fromCache.switchIfEmpty(Mono.defer(() -> load.get().flatMap(found -> store(key, found))))
			.doOnNext(found -> this.local.put(key, found));
	}

	private Mono<Optional<SiteInfo>> store(String key, Optional<SiteInfo> found) {
		Duration ttl = found.isPresent() ? this.settings.ttl() : this.settings.negativeTtl();
		String value = found.map(this.json::writeValueAsString).orElse(NONE);
		return this.redis.opsForValue().set(key, value, ttl).onErrorResume(ex -> Mono.just(false)).thenReturn(found);
	}

	private Optional<SiteInfo> decode(String value) {
		return NONE.equals(value) ? Optional.empty() : Optional.of(this.json.readValue(value, SiteInfo.class));
	}

	private Mono<Optional<SiteInfo>> fetch(String uri, String variable) {
		return this.tenant.get().uri(uri, variable).exchangeToMono(response -> {
			if (response.statusCode().is2xxSuccessful()) {
				return response.bodyToMono(String.class)
					.map(body -> Optional.of(this.json.readValue(body, SiteInfo.class)));
			}
			if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()
					|| response.statusCode().value() == HttpStatus.BAD_REQUEST.value()) {
				return response.releaseBody().thenReturn(Optional.<SiteInfo>empty());
			}
			return response.releaseBody()
				.then(Mono.error(new IllegalStateException("tenant-service answered " + response.statusCode())));
		}).timeout(this.settings.lookupTimeout()).onErrorMap(ex -> !(ex instanceof GovsiteException), ex -> {
			log.warn("Site look-up {} {} failed: {}", uri, variable,
					(ex instanceof TimeoutException) ? "timed out" : ex.toString());
			return new GovsiteException(ProblemType.SERVICE_UNAVAILABLE,
					Message.of("站点信息暂时无法查询，请稍后再试", "Site information is unavailable; try again later"));
		});
	}

	private static String[] append(String[] keys, String key) {
		String[] all = Arrays.copyOf(keys, keys.length + 1);
		all[keys.length] = key;
		return all;
	}

}
