package cn.govsite.search.query;

import java.time.Instant;
import java.util.List;

/**
 * 检索结果 — what a search answers. {@code title} is plain text; {@code titleHighlight} and
 * {@code snippet} are HTML-safe, with the matched words in {@code <em>}.
 *
 * @param total hits of the search (with the site filter applied)
 * @param facets counts per site, over all sites (the site filter does not narrow them)
 */
public record SearchAnswer(String query, long total, int page, int size, List<Hit> hits, Facets facets) {

	/** One result; {@code url} is the published page. */
	public record Hit(String id, String title, String titleHighlight, String snippet, String siteCode, String siteName,
			String siteDomain, String columnName, Instant publishedAt, String path, String url) {
	}

	public record Facets(List<SiteFacet> sites) {
	}

	public record SiteFacet(String code, String name, long count) {
	}

}
