package cn.govsite.content.publishing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleBody;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.site.SiteFacts;

/**
 * Builds what a template may see: nested maps of strings, numbers, booleans and lists
 * only, never the entities themselves, so the sandbox has nothing to reach through.
 */
final class PageModels {

	/** Published dates are shown in the time of the sites' readers. */
	static final ZoneId READERS_ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(READERS_ZONE);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(READERS_ZONE);

	private PageModels() {
	}

	/**
	 * What every page of a site shows around its content: the site with its identity
	 * (footer) and the top-level columns (navigation).
	 */
	record Frame(Map<String, Object> site, List<Map<String, Object>> nav) {

		static Frame of(SiteFacts site) {
			return of(site, null, List.of());
		}

		static Frame of(SiteFacts facts, SiteIdentity identity, List<SiteColumn> topLevel) {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("code", facts.code());
			model.put("name", facts.name());
			model.put("domain", text(facts.domain()));
			model.put("sponsorUnit", (identity != null) ? text(identity.getSponsorUnit()) : "");
			model.put("organizerUnit", (identity != null) ? text(identity.getOrganizerUnit()) : "");
			model.put("identifier", (identity != null) ? text(identity.getSiteIdentifier()) : "");
			model.put("icp", (identity != null) ? text(identity.getIcpRecord()) : "");
			model.put("police", (identity != null) ? text(identity.getPoliceRecord()) : "");
			model.put("chineseDomain", (identity != null) ? text(identity.getChineseDomain()) : "");
			model.put("contact", "");
			model.put("partyGovLabel", identity != null && Boolean.TRUE.equals(identity.getPartyGovLabel()));
			return new Frame(model, topLevel.stream().map(PageModels::columnLink).toList());
		}

		Map<String, Object> page() {
			Map<String, Object> page = new LinkedHashMap<>();
			page.put("site", this.site);
			page.put("nav", this.nav);
			return page;
		}

	}

	static Map<String, Object> articlePage(SiteFacts site, SiteColumn column, Article article) {
		return articlePage(Frame.of(site), List.of(column), article);
	}

	/**
	 * An article page; {@code path} is its column and the column's ancestors, root first.
	 */
	static Map<String, Object> articlePage(Frame frame, List<SiteColumn> path, Article article) {
		Map<String, Object> page = frame.page();
		SiteColumn column = path.get(path.size() - 1);
		page.put("column", Map.of("id", column.getId(), "name", column.getName()));
		page.put("crumbs", crumbs(path, true));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("id", article.getId());
		model.put("title", article.getTitle());
		model.put("source", text(article.getSource()));
		model.put("publishedDate", formatted(DATE, article.getPublishedAt()));
		model.put("publishedTime", formatted(DATE_TIME, article.getPublishedAt()));
		// Produced by the sanitiser (or escaped plain text): the template prints it as
		// is.
		model.put("bodyHtml", ArticleBody.toSafeHtml(article.getBody()));
		model.put("path", article.publicPath());
		TypedParts.addTo(model, article, ItemTypes.STANDARD.readStored(article.type(), article.getTypeData()),
				ItemTypes.STANDARD.readAttachments(article.getAttachments()), List.of());
		page.put("article", model);
		return page;
	}

	static Map<String, Object> homePage(SiteFacts site, List<Article> latest, Map<Long, SiteColumn> columns) {
		return homePage(Frame.of(site), latest, columns, List.of());
	}

	/** One block of the home page: a top-level column with its newest articles. */
	record Block(SiteColumn column, List<Article> articles) {
	}

	static Map<String, Object> homePage(Frame frame, List<Article> latest, Map<Long, SiteColumn> columns,
			List<Block> blocks) {
		Map<String, Object> page = frame.page();
		page.put("crumbs", List.of());
		page.put("articles", latest.stream().map(article -> {
			SiteColumn column = columns.get(article.getColumnId());
			Map<String, Object> item = item(article);
			item.put("columnName", (column != null) ? column.getName() : "");
			return item;
		}).toList());
		page.put("blocks", blocks.stream().map(block -> {
			Map<String, Object> model = columnLink(block.column());
			model.put("articles", block.articles().stream().map(PageModels::item).toList());
			return model;
		}).toList());
		// Notices about sites pinned on this home (网站公告); the caller sets those shown
		// now.
		page.put("notices", List.of());
		return page;
	}

	/** The links between the pages of a column's list. */
	record Pager(String label, String newer, String older) {
	}

	static Map<String, Object> columnPage(Frame frame, List<SiteColumn> path, List<Article> articles, Pager pager) {
		Map<String, Object> page = frame.page();
		SiteColumn column = path.get(path.size() - 1);
		page.put("column", columnLink(column));
		page.put("crumbs", crumbs(path, false));
		page.put("articles", articles.stream().map(PageModels::item).toList());
		page.put("pager", Map.of("label", pager.label(), "newer", text(pager.newer()), "older", text(pager.older())));
		return page;
	}

	/** 网站地图: the column tree, children in their order. */
	static Map<String, Object> siteMap(Frame frame, Map<Long, List<SiteColumn>> childrenByParent) {
		Map<String, Object> page = frame.page();
		page.put("tree", branch(0L, childrenByParent));
		return page;
	}

	/** Search, error and maintenance pages need only the frame. */
	static Map<String, Object> plainPage(Frame frame) {
		Map<String, Object> page = frame.page();
		page.put("crumbs", List.of());
		return page;
	}

	private static List<Map<String, Object>> branch(long parent, Map<Long, List<SiteColumn>> childrenByParent) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (SiteColumn column : childrenByParent.getOrDefault(parent, List.of())) {
			Map<String, Object> node = columnLink(column);
			node.put("children", branch(column.getId(), childrenByParent));
			nodes.add(node);
		}
		return nodes;
	}

	private static List<Map<String, Object>> crumbs(List<SiteColumn> path, boolean lastIsLink) {
		List<Map<String, Object>> crumbs = new ArrayList<>();
		for (int i = 0; i < path.size(); i++) {
			SiteColumn column = path.get(i);
			boolean link = lastIsLink || i < path.size() - 1;
			crumbs.add(Map.of("label", column.getName(), "href", link ? ColumnPages.href(column.getId()) : ""));
		}
		return crumbs;
	}

	private static Map<String, Object> columnLink(SiteColumn column) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("id", column.getId());
		link.put("name", column.getName());
		link.put("href", ColumnPages.href(column.getId()));
		return link;
	}

	private static Map<String, Object> item(Article article) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", article.getId());
		item.put("title", article.getTitle());
		item.put("path", article.publicPath());
		item.put("publishedDate", formatted(DATE, article.getPublishedAt()));
		return item;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static String formatted(DateTimeFormatter format, Instant at) {
		return (at != null) ? format.format(at) : "";
	}

}
