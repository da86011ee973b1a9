package cn.govsite.search.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * 内容索引 — the names of the content index. Readers and writers use only the alias; the
 * versioned index behind it is rebuilt by a full reindex as
 * {@code content-v{n}-{timestamp}} and swapped in without either side noticing.
 *
 * @param alias what every search and write goes to
 * @param currentIndex the versioned index created when the alias is missing
 * @param mappingResource class-path resource with its settings and mappings
 */
public record ContentIndex(String alias, String currentIndex, String mappingResource) {

	/** The version of the mapping in {@code elasticsearch/content-v{n}.json}. */
	static final int CURRENT_VERSION = 2;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	public static ContentIndex of(String indexPrefix) {
		return new ContentIndex(indexPrefix + "content", indexPrefix + "content-v" + CURRENT_VERSION,
				"elasticsearch/content-v" + CURRENT_VERSION + ".json");
	}

	/** The name of a fresh index for a full reindex started at {@code at}. */
	public String rebuiltIndex(Instant at) {
		return this.currentIndex + "-" + STAMP.format(at);
	}

}
