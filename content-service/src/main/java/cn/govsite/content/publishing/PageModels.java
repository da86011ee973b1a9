package cn.govsite.content.publishing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleBody;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.site.SiteFacts;

/**
 * Builds what a template may see: nested maps of strings, numbers and lists only, never
 * the entities themselves, so the sandbox has nothing to reach through.
 */
final class PageModels {

	/** Published dates are shown in the time of the sites' readers. */
	static final ZoneId READERS_ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(READERS_ZONE);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(READERS_ZONE);

	private PageModels() {
	}

	static Map<String, Object> articlePage(SiteFacts site, SiteColumn column, Article article) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("site", site(site));
		page.put("column", Map.of("id", column.getId(), "name", column.getName()));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("id", article.getId());
		model.put("title", article.getTitle());
		model.put("source", (article.getSource() != null) ? article.getSource() : "");
		model.put("publishedDate", formatted(DATE, article.getPublishedAt()));
		model.put("publishedTime", formatted(DATE_TIME, article.getPublishedAt()));
		// Produced by the sanitiser (or escaped plain text): the template prints it as
		// is.
		model.put("bodyHtml", ArticleBody.toSafeHtml(article.getBody()));
		model.put("path", article.publicPath());
		page.put("article", model);
		return page;
	}

	static Map<String, Object> homePage(SiteFacts site, List<Article> latest, Map<Long, SiteColumn> columns) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("site", site(site));
		page.put("articles", latest.stream().map(article -> {
			SiteColumn column = columns.get(article.getColumnId());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", article.getId());
			item.put("title", article.getTitle());
			item.put("path", article.publicPath());
			item.put("columnName", (column != null) ? column.getName() : "");
			item.put("publishedDate", formatted(DATE, article.getPublishedAt()));
			return item;
		}).toList());
		return page;
	}

	private static Map<String, Object> site(SiteFacts site) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("code", site.code());
		model.put("name", site.name());
		model.put("domain", (site.domain() != null) ? site.domain() : "");
		return model;
	}

	private static String formatted(DateTimeFormatter format, Instant at) {
		return (at != null) ? format.format(at) : "";
	}

}
