package cn.govsite.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.govsite.search.elasticsearch.ElasticsearchCalls;
import cn.govsite.search.elasticsearch.ElasticsearchProperties;

/**
 * The content index in Elasticsearch. The index is created together with its alias in one
 * request, so a replica either sees both or neither; a replica that loses the race gets
 * {@code resource_already_exists_exception}, which means the work is done.
 */
@Component
public class ElasticsearchSearchIndex implements SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchIndex.class);

	private final ElasticsearchClient client;

	private final ContentIndex index;

	/** Once the alias was seen it stays: a reindex swaps it, never removes it. */
	private volatile boolean ready;

	/** The index a running full reindex builds, written alongside the alias. */
	private volatile String building;

	public ElasticsearchSearchIndex(ElasticsearchClient client, ElasticsearchProperties properties) {
		this.client = client;
		this.index = ContentIndex.of(properties.indexPrefix());
	}

	@Override
	public void ensureReady() {
		if (this.ready) {
			return;
		}
		ElasticsearchCalls.call("ensure index", () -> {
			if (this.client.indices().existsAlias(a -> a.name(this.index.alias())).value()) {
				return null;
			}
			if (this.client.indices().exists(e -> e.index(this.index.currentIndex())).value()) {
				// The index is there without its alias (removed by hand): point the alias
				// back.
				this.client.indices()
					.updateAliases(u -> u.actions(a -> a.add(
							add -> add.index(this.index.currentIndex()).alias(this.index.alias()).isWriteIndex(true))));
				log.info("Alias {} pointed back at {}", this.index.alias(), this.index.currentIndex());
				return null;
			}
			create(this.index.currentIndex(), true);
			return null;
		});
		this.ready = true;
	}

	@Override
	public List<String> aliasTargets() {
		return ElasticsearchCalls.call("read alias",
				() -> List.copyOf(this.client.indices().getAlias(a -> a.name(this.index.alias())).aliases().keySet()));
	}

	@Override
	public void deleteIndex(String name) {
		if (aliasTargets().contains(name)) {
			throw new IllegalStateException("Refusing to delete " + name + ": the alias points at it");
		}
		ElasticsearchCalls.call("delete " + name, () -> this.client.indices().delete(d -> d.index(name)));
	}

	@Override
	public void createIndex(String name) {
		ElasticsearchCalls.call("create " + name, () -> {
			create(name, false);
			return null;
		});
	}

	private void create(String name, boolean withAlias) throws IOException {
		try (InputStream mapping = mapping()) {
			this.client.indices().create(c -> {
				c.index(name).withJson(mapping);
				if (withAlias) {
					c.aliases(this.index.alias(), a -> a.isWriteIndex(true));
				}
				return c;
			});
			log.info("Created index {}{}", name, withAlias ? " behind alias " + this.index.alias() : "");
		}
		catch (ElasticsearchException ex) {
			if ("resource_already_exists_exception".equals(ex.error().type())) {
				return;
			}
			// Most likely the analysis plugin is missing; the mapping needs
			// govsite_chinese.
			log.error("Elasticsearch refused to create {} (is the search-analysis-plugin installed?): {}", name,
					ex.getMessage());
			throw ElasticsearchCalls.unavailable();
		}
	}

	private InputStream mapping() {
		InputStream stream = getClass().getClassLoader().getResourceAsStream(this.index.mappingResource());
		if (stream == null) {
			throw new UncheckedIOException(new IOException("Missing resource " + this.index.mappingResource()));
		}
		return stream;
	}

	@Override
	public void put(String id, Long version, ContentDocument document) {
		ensureReady();
		String target = this.building;
		if (target != null) {
			put(target, false, id, version, document);
		}
		put(this.index.alias(), true, id, version, document);
	}

	private void put(String into, boolean alias, String id, Long version, ContentDocument document) {
		try {
			ElasticsearchCalls.call("index " + id, () -> this.client.index(i -> {
				// require_alias: never let a write auto-create an index with guessed
				// mappings.
				i.index(into).id(id).document(document).requireAlias(alias);
				if (version != null) {
					i.version(version).versionType(VersionType.ExternalGte);
				}
				return i;
			}));
		}
		catch (ElasticsearchException ex) {
			if ("version_conflict_engine_exception".equals(ex.error().type())) {
				log.debug("Kept the newer stored version of {}; event version {} is older", id, version);
				return;
			}
			throw ex;
		}
	}

	@Override
	public void putAll(List<VersionedDocument> documents) {
		if (documents.isEmpty()) {
			return;
		}
		ensureReady();
		String target = this.building;
		if (target != null) {
			copy(target, documents);
		}
		copy(this.index.alias(), documents);
	}

	@Override
	public void remove(String id, Long version) {
		ensureReady();
		String target = this.building;
		if (target != null) {
			remove(target, id, version);
		}
		remove(this.index.alias(), id, version);
	}

	private void remove(String from, String id, Long version) {
		try {
			ElasticsearchCalls.call("delete " + id, () -> this.client.delete(d -> {
				d.index(from).id(id);
				if (version != null) {
					d.version(version).versionType(VersionType.ExternalGte);
				}
				return d;
			}));
		}
		catch (ElasticsearchException ex) {
			if ("version_conflict_engine_exception".equals(ex.error().type())) {
				log.debug("Kept {}: it was republished after withdrawal version {}", id, version);
				return;
			}
			throw ex;
		}
	}

	@Override
	public int copy(String into, List<VersionedDocument> documents) {
		if (documents.isEmpty()) {
			return 0;
		}
		BulkResponse response = ElasticsearchCalls.call("copy into " + into, () -> this.client.bulk(b -> {
			b.index(into);
			for (VersionedDocument doc : documents) {
				b.operations(op -> op.index(i -> {
					i.id(doc.id()).document(doc.document());
					if (doc.version() != null) {
						i.version(doc.version()).versionType(VersionType.ExternalGte);
					}
					return i;
				}));
			}
			return b;
		}));
		int written = 0;
		for (BulkResponseItem item : response.items()) {
			if (item.error() == null) {
				written++;
			}
			else if (!"version_conflict_engine_exception".equals(item.error().type())) {
				throw new IllegalStateException("Copying " + item.id() + " into " + into + " failed: "
						+ item.error().type() + " " + item.error().reason());
			}
		}
		return written;
	}

	@Override
	public void alsoWriteTo(String index) {
		this.building = index;
	}

	@Override
	public List<String> swapAlias(String target) {
		return ElasticsearchCalls.call("swap alias to " + target, () -> {
			this.client.indices().refresh(r -> r.index(target));
			List<String> previous = new ArrayList<>(
					this.client.indices().getAlias(a -> a.name(this.index.alias())).aliases().keySet());
			previous.remove(target);
			// One request, applied atomically: every search sees the old index or the
			// new one.
			this.client.indices().updateAliases(u -> {
				u.actions(a -> a.add(add -> add.index(target).alias(this.index.alias()).isWriteIndex(true)));
				for (String old : previous) {
					u.actions(a -> a.remove(r -> r.index(old).alias(this.index.alias())));
				}
				return u;
			});
			this.building = null;
			for (String old : previous) {
				this.client.indices().delete(d -> d.index(old));
			}
			log.info("Alias {} now points at {} (replaced {})", this.index.alias(), target, previous);
			return previous;
		});
	}

}
