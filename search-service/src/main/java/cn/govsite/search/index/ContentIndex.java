package cn.govsite.search.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
	public static final int CURRENT_VERSION = 4;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private static final Pattern VERSIONED = Pattern.compile("content-v(\\d+)(?:-\\d{8}-\\d{6}-\\d{3})?");

	public static ContentIndex of(String indexPrefix) {
		return new ContentIndex(indexPrefix + "content", indexPrefix + "content-v" + CURRENT_VERSION,
				"elasticsearch/content-v" + CURRENT_VERSION + ".json");
	}

	/** The name of a fresh index for a full reindex started at {@code at}. */
	public String rebuiltIndex(Instant at) {
		return this.currentIndex + "-" + STAMP.format(at);
	}

	/**
	 * The mapping version of one of the indices behind the alias ({@code content-v2},
	 * {@code content-v3-20261202-010203-004}), or empty for a name this service did not
	 * make.
	 */
	public OptionalInt versionOf(String index) {
		String prefix = this.alias.substring(0, this.alias.length() - "content".length());
		if (!index.startsWith(prefix)) {
			return OptionalInt.empty();
		}
		Matcher matcher = VERSIONED.matcher(index.substring(prefix.length()));
		return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
	}

	/**
	 * Whether an index behind the alias has an older mapping than this service writes.
	 */
	public boolean outdated(String index) {
		OptionalInt version = versionOf(index);
		return version.isPresent() && version.getAsInt() < CURRENT_VERSION;
	}

}
