package cn.govsite.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
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
			create();
			return null;
		});
		this.ready = true;
	}

	private void create() throws IOException {
		try (InputStream mapping = mapping()) {
			this.client.indices()
				.create(c -> c.index(this.index.currentIndex())
					.withJson(mapping)
					.aliases(this.index.alias(), a -> a.isWriteIndex(true)));
			log.info("Created index {} behind alias {}", this.index.currentIndex(), this.index.alias());
		}
		catch (ElasticsearchException ex) {
			if ("resource_already_exists_exception".equals(ex.error().type())) {
				return;
			}
			// Most likely the analysis plugin is missing; the mapping needs
			// govsite_chinese.
			log.error("Elasticsearch refused to create {} (is the search-analysis-plugin installed?): {}",
					this.index.currentIndex(), ex.getMessage());
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
		try {
			ElasticsearchCalls.call("index " + id, () -> this.client.index(i -> {
				// require_alias: never let a write auto-create an index with guessed
				// mappings.
				i.index(this.index.alias()).id(id).document(document).requireAlias(true);
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
	public void remove(String id, Long version) {
		ensureReady();
		try {
			ElasticsearchCalls.call("delete " + id, () -> this.client.delete(d -> {
				d.index(this.index.alias()).id(id);
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

}
