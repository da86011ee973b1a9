package cn.govsite.content.migration;

import java.net.URI;
import java.util.List;

/**
 * 迁移映射 — how an old website's sections map onto the new site's columns, as a site admin
 * uploads it (YAML or JSON).
 *
 * <pre>
 * baseUrl: http://old.example.gov.cn/
 * startUrls: [/]                # where the crawl begins (default: the home page)
 * page:                         # CSS selectors of an item page
 *   title: h1
 *   date: .info .date           # yyyy-MM-dd, yyyy/MM/dd, yyyy年M月d日 (time optional)
 *   source: .info .source
 *   body: div.article
 * sections:
 *   - name: 新闻动态
 *     column: 12                # the new column's id
 *     prefixes: [/xwdt/]        # items under these paths belong to it
 *     lists: [/xwdt/index.html] # list pages; items linked from them belong to it
 *     itemLinks: ul.list a
 *     nextPage: a.next
 * archiveColumn: 历史归档        # where items of unmapped sections go, marked 已归档
 * maxPages: 5000
 * </pre>
 */
public record MigrationMapping(URI baseUrl, List<String> startUrls, PageSelectors page, List<Section> sections,
		String archiveColumn, int maxPages) {

	static final String DEFAULT_ARCHIVE_COLUMN = "历史归档";

	static final int DEFAULT_MAX_PAGES = 5000;

	/** The selectors that read an item page. */
	public record PageSelectors(String title, String date, String source, String body) {
	}

	/** One old section and the column its items go to. */
	public record Section(String name, long column, List<String> prefixes, List<String> lists, String itemLinks,
			String nextPage) {

		boolean covers(String path) {
			return this.prefixes.stream().anyMatch(path::startsWith);
		}

	}

	/** The section an old path belongs to by its prefixes (longest wins), if any. */
	java.util.Optional<Section> sectionOf(String path) {
		Section best = null;
		int length = -1;
		for (Section section : this.sections) {
			for (String prefix : section.prefixes()) {
				if (path.startsWith(prefix) && prefix.length() > length) {
					best = section;
					length = prefix.length();
				}
			}
		}
		return java.util.Optional.ofNullable(best);
	}

	java.util.Optional<Section> section(String name) {
		return this.sections.stream().filter(section -> section.name().equals(name)).findFirst();
	}

}
