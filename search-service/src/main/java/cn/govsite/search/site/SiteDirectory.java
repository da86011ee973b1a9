package cn.govsite.search.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.common.GovsiteProperties;
import cn.govsite.common.event.EventConsumer;
import cn.govsite.common.event.EventEnvelope;

/**
 * 站点目录 — which site is whose child, learnt from tenant-service's {@code SiteCreated}
 * events and kept in one Redis hash (shared by every replica, a few hundred entries). The
 * index does not store ancestry: moving a site under another parent needs no reindex.
 */
@Component
public class SiteDirectory implements EventConsumer {

	static final String GROUP = "search-service-sites";

	static final String SITE_CREATED = "SiteCreated";

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final String key;

	public SiteDirectory(StringRedisTemplate redis, JsonMapper json, GovsiteProperties properties) {
		this.redis = redis;
		this.json = json;
		this.key = properties.redis().keyPrefix() + "search:sites";
	}

	@Override
	public String group() {
		return GROUP;
	}

	@Override
	public boolean accepts(String eventType) {
		return SITE_CREATED.equals(eventType);
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode payload = event.payload();
		if (!payload.hasNonNull("siteId") || !payload.hasNonNull("code")) {
			throw new IllegalArgumentException("SiteCreated lacks siteId or code");
		}
		SiteTree.Node node = new SiteTree.Node(payload.get("siteId").asLong(), payload.get("code").asString(),
				payload.hasNonNull("parentId") ? payload.get("parentId").asLong() : null);
		// Idempotent: the same site always lands in the same field.
		this.redis.opsForHash().put(this.key, String.valueOf(node.id()), this.json.writeValueAsString(node));
	}

	public SiteTree tree() {
		Map<Object, Object> entries = this.redis.opsForHash().entries(this.key);
		List<SiteTree.Node> nodes = new ArrayList<>(entries.size());
		for (Object value : entries.values()) {
			nodes.add(this.json.readValue((String) value, SiteTree.Node.class));
		}
		return new SiteTree(nodes);
	}

}
