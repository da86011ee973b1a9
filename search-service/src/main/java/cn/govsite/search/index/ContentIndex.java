package cn.govsite.search.index;

/**
 * 内容索引 — the names of the content index. Readers and writers use only the alias; the
 * versioned index behind it can be rebuilt as {@code content-v2} and swapped in by a full
 * reindex without either side noticing.
 *
 * @param alias what every search and write goes to
 * @param currentIndex the versioned index created when the alias is missing
 * @param mappingResource class-path resource with its settings and mappings
 */
public record ContentIndex(String alias, String currentIndex, String mappingResource) {

	static final int CURRENT_VERSION = 1;

	public static ContentIndex of(String indexPrefix) {
		return new ContentIndex(indexPrefix + "content", indexPrefix + "content-v" + CURRENT_VERSION,
				"elasticsearch/content-v" + CURRENT_VERSION + ".json");
	}

}
