package cn.govsite.search.query;

import java.time.Instant;
import java.util.List;

/**
 * 检索结果 — what a search answers. {@code title} is plain text; {@code titleHighlight} and
 * {@code snippet} are HTML-safe, with the matched words in {@code <em>}.
 *
 * @param total hits of the search (with every filter applied)
 * @param facets counts per site, column category, type and year; each counts with every
 * filter but its own
 * @param didYouMean for a search without hits, titles close to the words (typing slips),
 * else empty
 */
public record SearchAnswer(String query, SearchCriteria.Scope scope, SearchCriteria.Sort sort, long total, int page,
		int size, List<Hit> hits, Facets facets, List<String> didYouMean) {

	/**
	 * One result; {@code url} is the published page; {@code archivedAt} set marks an
	 * archived item (已归档), shown as such.
	 */
	public record Hit(String id, String title, String titleHighlight, String snippet, String siteCode, String siteName,
			String siteDomain, String columnName, String columnCategory, String type, Instant publishedAt, String path,
			String url, boolean archived, Instant archivedAt) {
	}

	public record Facets(List<SiteFacet> sites, List<Bucket> categories, List<Bucket> types, List<Bucket> years) {
	}

	public record SiteFacet(String code, String name, long count) {
	}

	public record Bucket(String value, long count) {
	}

}
