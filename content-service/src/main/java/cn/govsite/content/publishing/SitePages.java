package cn.govsite.content.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.ContentProperties;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.notice.PortalNotices;
import cn.govsite.content.site.SiteFacts;
import cn.govsite.content.template.RenderSet;
import cn.govsite.content.template.SiteTemplates;
import cn.govsite.content.template.TemplateName;

/**
 * Renders the pages of the current site and knows what depends on what: which pages an
 * article's publication or withdrawal changes (its page, the home page when it shows the
 * article, the list pages of its column and of every ancestor column), and the whole set
 * for a republish.
 */
@Component
class SitePages {

	/**
	 * Where the pages' script for the 关怀版 switch is published, under the site's folder.
	 */
	static final String CARE_SCRIPT_PATH = "/assets/care.js";

	/**
	 * Where the 政民互动 page's script (its forms call the public APIs) is published.
	 */
	static final String INTERACTION_SCRIPT_PATH = "/assets/interaction.js";

	/**
	 * Where the search page's script (it asks the public search API and lists the hits)
	 * is published.
	 */
	static final String SEARCH_SCRIPT_PATH = "/assets/search.js";

	private static final byte[] CARE_SCRIPT = asset("care.js");

	private static final byte[] SEARCH_SCRIPT = asset("search.js");

	private static final byte[] INTERACTION_SCRIPT = asset("interaction.js");

	private static final String SCRIPT_TYPE = "text/javascript; charset=utf-8";

	/** List order: oldest first (published time, then id). */
	static final Comparator<Article> LIST_ORDER = Comparator.comparing(Article::getPublishedAt)
		.thenComparing(Article::getId);

	private final ArticleMapper articles;

	private final ColumnService columns;

	private final SiteIdentityMapper identities;

	private final SiteTemplates templates;

	private final ContentProperties content;

	private final PublishingProperties properties;

	private final InteractionPage interaction;

	private final ColumnLists lists;

	private final PortalNotices notices;

	private final TypedItems linked;

	SitePages(ArticleMapper articles, ColumnService columns, SiteIdentityMapper identities, SiteTemplates templates,
			ContentProperties content, PublishingProperties properties, InteractionPage interaction,
			PortalNotices notices, ListItemMapper listItems) {
		this.interaction = interaction;
		this.notices = notices;
		this.lists = new ColumnLists(articles, listItems);
		this.linked = new TypedItems(articles);
		this.articles = articles;
		this.columns = columns;
		this.identities = identities;
		this.templates = templates;
		this.content = content;
		this.properties = properties;
	}

	/** What rendering the current site needs, read once for a run of pages. */
	record Context(SiteFacts site, ColumnTree tree, PageModels.Frame frame, RenderSet templates) {
	}

	Context context(SiteFacts site) {
		ColumnTree tree = new ColumnTree(this.columns.allById());
		SiteIdentity identity = this.identities.selectById(TenantContext.require().id());
		return new Context(site, tree, PageModels.Frame.of(site, identity, tree.topLevel()), this.templates.current());
	}

	/** Pages an article's publication ({@code added}) or withdrawal changes. */
	record Affected(List<PageRef> render, List<PageRef> delete) {
	}

	Affected affectedBy(Context context, Article article, boolean added) {
		List<PageRef> render = new ArrayList<>();
		List<PageRef> delete = new ArrayList<>();
		if (added) {
			render.add(PageRef.article(article.getId()));
		}
		else {
			delete.add(PageRef.article(article.getId()));
		}
		// A document's page lists its interpretations, an interpretation's page its
		// document.
		this.linked.of(article).forEach(linked -> render.add(PageRef.article(linked.getId())));
		if (homeShows(context, article)) {
			render.add(PageRef.of(PageRef.Kind.HOME));
		}
		int size = this.properties.listPageSize();
		// Reversed: the column itself first, then up the tree.
		List<SiteColumn> path = new ArrayList<>(context.tree().path(article.getColumnId()));
		Collections.reverse(path);
		for (SiteColumn column : path) {
			Set<Long> subtree = context.tree().subtree(column.getId());
			long total = countPublished(subtree);
			// Counted from the newest end: a new article has nothing (or little) after
			// it,
			// while counting what comes before it reads the whole list.
			long newer = countNewer(subtree, article);
			long position = added ? total - 1 - newer : total - newer;
			long before = added ? total - 1 : total + 1;
			ColumnPages.Range range = ColumnPages.changed(position, before, total, size);
			render.add(PageRef.columnIndex(column.getId()));
			for (int page = range.from(); page <= range.to(); page++) {
				render.add(PageRef.columnPage(column.getId(), page));
			}
			for (int page = range.to() + 1; page <= range.lastBefore(); page++) {
				delete.add(PageRef.columnPage(column.getId(), page));
			}
		}
		return new Affected(render, delete);
	}

	/**
	 * Pages a batch of newly published articles changes (批量发布): each article's page, the
	 * home page, and the list pages of their columns and the columns' ancestors from the
	 * page holding the earliest of them to the last (pages are numbered from the oldest,
	 * so the pages before it keep their items).
	 */
	Affected affectedByAll(Context context, Collection<Article> added) {
		Set<PageRef> render = new LinkedHashSet<>();
		added.forEach(article -> render.add(PageRef.article(article.getId())));
		render.add(PageRef.of(PageRef.Kind.HOME));
		Map<Long, List<Article>> addedBySubtree = new LinkedHashMap<>();
		for (Article article : added) {
			List<SiteColumn> path = new ArrayList<>(context.tree().path(article.getColumnId()));
			Collections.reverse(path);
			path.forEach(
					column -> addedBySubtree.computeIfAbsent(column.getId(), id -> new ArrayList<>()).add(article));
		}
		int size = this.properties.listPageSize();
		List<PageRef> delete = new ArrayList<>();
		addedBySubtree.forEach((columnId, articles) -> {
			Set<Long> subtree = context.tree().subtree(columnId);
			Article earliest = articles.stream().min(LIST_ORDER).orElseThrow();
			long total = countPublished(subtree);
			long position = total - 1 - countNewer(subtree, earliest);
			ColumnPages.Range range = ColumnPages.changed(position, total - articles.size(), total, size);
			render.add(PageRef.columnIndex(columnId));
			for (int page = range.from(); page <= range.to(); page++) {
				render.add(PageRef.columnPage(columnId, page));
			}
		});
		return new Affected(List.copyOf(render), delete);
	}

	/**
	 * Whether the home page shows (or showed) the article: among the newest, or in the
	 * block of its top-level column.
	 */
	private boolean homeShows(Context context, Article article) {
		List<SiteColumn> path = context.tree().path(article.getColumnId());
		List<SiteColumn> blocks = homeBlocks(context);
		if (!path.isEmpty() && blocks.stream().anyMatch(block -> block.getId().equals(path.get(0).getId()))) {
			return true;
		}
		// At most homePageSize ids read: an old article's count of newer ones is the
		// whole site.
		int shown = Math.max(1, this.content.homePageSize());
		return this.articles.selectList(newer(published(null), article).select(Article::getId).last("LIMIT " + shown))
			.size() < shown;
	}

	/**
	 * Every page of the site, in a stable order (a resumed republish skips what it did).
	 */
	List<PageRef> all(Context context) {
		List<PageRef> pages = new ArrayList<>();
		pages.add(PageRef.of(PageRef.Kind.HOME));
		pages.add(PageRef.of(PageRef.Kind.SITE_MAP));
		pages.add(PageRef.of(PageRef.Kind.SEARCH));
		pages.add(PageRef.of(PageRef.Kind.ERROR));
		pages.add(PageRef.of(PageRef.Kind.MAINTENANCE));
		pages.add(PageRef.of(PageRef.Kind.CARE_SCRIPT));
		pages.add(PageRef.of(PageRef.Kind.INTERACTION));
		pages.add(PageRef.of(PageRef.Kind.INTERACTION_SCRIPT));
		pages.add(PageRef.of(PageRef.Kind.SEARCH_SCRIPT));
		context.tree().byId().keySet().stream().sorted().forEach(id -> {
			pages.add(PageRef.columnIndex(id));
			int last = ColumnPages.pages(countPublished(context.tree().subtree(id)), this.properties.listPageSize());
			for (int page = 1; page <= last; page++) {
				pages.add(PageRef.columnPage(id, page));
			}
		});
		this.articles.selectList(published(null).select(Article::getId).orderByAsc(Article::getId))
			.forEach(article -> pages.add(PageRef.article(article.getId())));
		return pages;
	}

	/** The pages a site has even before anything is published in it. */
	static List<PageRef> fixed() {
		return List.of(PageRef.of(PageRef.Kind.SITE_MAP), PageRef.of(PageRef.Kind.SEARCH),
				PageRef.of(PageRef.Kind.ERROR), PageRef.of(PageRef.Kind.MAINTENANCE),
				PageRef.of(PageRef.Kind.CARE_SCRIPT), PageRef.of(PageRef.Kind.INTERACTION),
				PageRef.of(PageRef.Kind.INTERACTION_SCRIPT), PageRef.of(PageRef.Kind.SEARCH_SCRIPT));
	}

	/**
	 * The page rendered now, or empty when it no longer exists (article not published).
	 */
	Optional<RenderedPage> render(Context context, PageRef ref) {
		String key = ref.key(context.site().code());
		RenderSet set = context.templates();
		PageModels.Frame frame = context.frame();
		return switch (ref.kind()) {
			case HOME -> Optional.of(RenderedPage.of(key, set.render(TemplateName.HOME, home(context))));
			case SITE_MAP -> Optional.of(RenderedPage.of(key,
					set.render(TemplateName.SITE_MAP, PageModels.siteMap(frame, context.tree().childrenByParent()))));
			case SEARCH ->
				Optional.of(RenderedPage.of(key, set.render(TemplateName.SEARCH, PageModels.plainPage(frame))));
			case ERROR ->
				Optional.of(RenderedPage.of(key, set.render(TemplateName.ERROR, PageModels.plainPage(frame))));
			case MAINTENANCE ->
				Optional.of(RenderedPage.of(key, set.render(TemplateName.MAINTENANCE, PageModels.plainPage(frame))));
			case CARE_SCRIPT -> Optional.of(RenderedPage.of(key, CARE_SCRIPT, SCRIPT_TYPE));
			case INTERACTION ->
				Optional.of(RenderedPage.of(key, set.render(TemplateName.INTERACTION, this.interaction.model(frame))));
			case INTERACTION_SCRIPT -> Optional.of(RenderedPage.of(key, INTERACTION_SCRIPT, SCRIPT_TYPE));
			case SEARCH_SCRIPT -> Optional.of(RenderedPage.of(key, SEARCH_SCRIPT, SCRIPT_TYPE));
			case ARTICLE -> Optional.ofNullable(this.articles.selectById(ref.id()))
				.filter(article -> article.getState() == ArticleState.PUBLISHED)
				.flatMap(article -> renderArticle(context, article, key));
			case COLUMN_INDEX, COLUMN_PAGE -> columnPage(context, ref, key);
		};
	}

	Optional<RenderedPage> renderArticle(Context context, Article article, String key) {
		if (context.tree().path(article.getColumnId()).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(RenderedPage.of(key,
				context.templates().render(TypedItems.templateOf(article), articleModel(context, article))));
	}

	/** The page model of an item, with the published items it links to. */
	Map<String, Object> articleModel(Context context, Article article) {
		Map<String, Object> page = PageModels.articlePage(context.frame(), context.tree().path(article.getColumnId()),
				article);
		@SuppressWarnings("unchecked")
		Map<String, Object> item = (Map<String, Object>) page.get("article");
		item.put("related",
				this.linked.of(article)
					.stream()
					.map(linked -> Map.<String, Object>of("title", linked.getTitle(), "path", linked.publicPath()))
					.toList());
		return page;
	}

	private Map<String, Object> home(Context context) {
		List<Article> latest = this.articles.selectList(listed(published(null)).orderByDesc(Article::getPublishedAt)
			.orderByDesc(Article::getId)
			.last("LIMIT " + Math.max(1, this.content.homePageSize())));
		List<PageModels.Block> blocks = homeBlocks(context).stream()
			.map(column -> new PageModels.Block(column,
					this.lists.newest(context.tree().subtree(column.getId()), 0,
							Math.max(1, this.properties.homeBlockSize()))))
			.toList();
		Map<String, Object> page = PageModels.homePage(context.frame(), latest, context.tree().byId(), blocks);
		page.put("notices", this.notices.shownOnHome(Instant.now()));
		return page;
	}

	private List<SiteColumn> homeBlocks(Context context) {
		List<SiteColumn> top = context.tree().topLevel();
		return top.subList(0, Math.min(top.size(), Math.max(0, this.properties.homeBlocks())));
	}

	private Optional<RenderedPage> columnPage(Context context, PageRef ref, String key) {
		List<SiteColumn> path = context.tree().path(ref.id());
		if (path.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> subtree = context.tree().subtree(ref.id());
		int size = this.properties.listPageSize();
		long total = countPublished(subtree);
		int last = ColumnPages.pages(total, size);
		List<Article> items;
		PageModels.Pager pager;
		if (ref.kind() == PageRef.Kind.COLUMN_INDEX) {
			items = this.lists.newest(subtree, 0, size);
			String older = (total > size) ? ColumnPages.pageHref(ref.id(), ColumnPages.pageOf(total - size - 1, size))
					: null;
			pager = new PageModels.Pager("最新", null, older);
		}
		else {
			if (ref.page() > last) {
				return Optional.empty();
			}
			items = this.lists.page(subtree, total, ref.page(), size);
			String newer = (ref.page() < last) ? ColumnPages.pageHref(ref.id(), ref.page() + 1)
					: ColumnPages.href(ref.id());
			String older = (ref.page() > 1) ? ColumnPages.pageHref(ref.id(), ref.page() - 1) : null;
			pager = new PageModels.Pager("第 " + ref.page() + " 页", newer, older);
		}
		return Optional.of(RenderedPage.of(key, context.templates()
			.render(TemplateName.COLUMN, PageModels.columnPage(context.frame(), path, items, pager))));
	}

	private long countPublished(Collection<Long> subtree) {
		return this.articles.selectCount(published(subtree));
	}

	/** Published articles of the subtree that come after the article (newer). */
	private long countNewer(Collection<Long> subtree, Article article) {
		return this.articles.selectCount(newer(published(subtree), article));
	}

	/**
	 * Narrows the query to the items after the article in list order; written as a range
	 * on {@code published_at} first so the index answers it from the newest end.
	 */
	private static LambdaQueryWrapper<Article> newer(LambdaQueryWrapper<Article> query, Article article) {
		Instant at = article.getPublishedAt();
		return query.ge(Article::getPublishedAt, at)
			.and(q -> q.gt(Article::getPublishedAt, at).or(r -> r.gt(Article::getId, article.getId())));
	}

	/** Only what a list item shows ({@code PageModels.item}): no body. */
	static LambdaQueryWrapper<Article> listed(LambdaQueryWrapper<Article> query) {
		return query.select(Article::getId, Article::getColumnId, Article::getTitle, Article::getPublishedAt);
	}

	static LambdaQueryWrapper<Article> published(Collection<Long> columns) {
		return Wrappers.<Article>lambdaQuery()
			.eq(Article::getState, ArticleState.PUBLISHED)
			.in(columns != null, Article::getColumnId, columns);
	}

	private static byte[] asset(String file) {
		try (java.io.InputStream in = SitePages.class.getResourceAsStream("/templates/assets/" + file)) {
			if (in == null) {
				throw new IllegalStateException("templates/assets/" + file + " is missing");
			}
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
