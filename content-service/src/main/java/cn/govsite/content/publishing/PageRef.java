package cn.govsite.content.publishing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a site's published set, by what it shows; its object key is derived, and a
 * key can be read back (to restore a tampered page by rendering it again).
 */
record PageRef(Kind kind, long id, int page) {

	enum Kind {

		HOME, ARTICLE, COLUMN_INDEX, COLUMN_PAGE, SITE_MAP, SEARCH, ERROR, MAINTENANCE, CARE_SCRIPT, INTERACTION,
		INTERACTION_SCRIPT, SEARCH_SCRIPT

	}

	private static final Pattern ARTICLE = Pattern.compile("articles/(\\d{1,18})\\.html");

	private static final Pattern COLUMN_INDEX = Pattern.compile("columns/(\\d{1,18})/index\\.html");

	private static final Pattern COLUMN_PAGE = Pattern.compile("columns/(\\d{1,18})/list-(\\d{1,9})\\.html");

	static PageRef of(Kind kind) {
		return new PageRef(kind, 0, 0);
	}

	static PageRef article(long id) {
		return new PageRef(Kind.ARTICLE, id, 0);
	}

	static PageRef columnIndex(long columnId) {
		return new PageRef(Kind.COLUMN_INDEX, columnId, 0);
	}

	static PageRef columnPage(long columnId, int page) {
		return new PageRef(Kind.COLUMN_PAGE, columnId, page);
	}

	String key(String siteCode) {
		return switch (this.kind) {
			case HOME -> RenderedPage.homeKey(siteCode);
			case ARTICLE -> RenderedPage.articleKey(siteCode, this.id);
			case COLUMN_INDEX -> ColumnPages.indexKey(siteCode, this.id);
			case COLUMN_PAGE -> ColumnPages.pageKey(siteCode, this.id, this.page);
			case SITE_MAP -> siteCode + "/sitemap.html";
			case SEARCH -> siteCode + "/search.html";
			case ERROR -> siteCode + "/404.html";
			case MAINTENANCE -> siteCode + "/maintenance.html";
			case CARE_SCRIPT -> siteCode + SitePages.CARE_SCRIPT_PATH;
			case INTERACTION -> siteCode + "/interaction/index.html";
			case INTERACTION_SCRIPT -> siteCode + SitePages.INTERACTION_SCRIPT_PATH;
			case SEARCH_SCRIPT -> siteCode + SitePages.SEARCH_SCRIPT_PATH;
		};
	}

	/** The page stored under a key of the site, if the key is one publishing writes. */
	static Optional<PageRef> ofKey(String siteCode, String key) {
		if (!key.startsWith(siteCode + "/")) {
			return Optional.empty();
		}
		String path = key.substring(siteCode.length() + 1);
		switch (path) {
			case "index.html":
				return Optional.of(of(Kind.HOME));
			case "sitemap.html":
				return Optional.of(of(Kind.SITE_MAP));
			case "search.html":
				return Optional.of(of(Kind.SEARCH));
			case "404.html":
				return Optional.of(of(Kind.ERROR));
			case "maintenance.html":
				return Optional.of(of(Kind.MAINTENANCE));
			case "assets/care.js":
				return Optional.of(of(Kind.CARE_SCRIPT));
			case "interaction/index.html":
				return Optional.of(of(Kind.INTERACTION));
			case "assets/interaction.js":
				return Optional.of(of(Kind.INTERACTION_SCRIPT));
			case "assets/search.js":
				return Optional.of(of(Kind.SEARCH_SCRIPT));
			default:
		}
		Matcher matcher = ARTICLE.matcher(path);
		if (matcher.matches()) {
			return Optional.of(article(Long.parseLong(matcher.group(1))));
		}
		matcher = COLUMN_INDEX.matcher(path);
		if (matcher.matches()) {
			return Optional.of(columnIndex(Long.parseLong(matcher.group(1))));
		}
		matcher = COLUMN_PAGE.matcher(path);
		if (matcher.matches()) {
			return Optional.of(columnPage(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2))));
		}
		return Optional.empty();
	}

}
