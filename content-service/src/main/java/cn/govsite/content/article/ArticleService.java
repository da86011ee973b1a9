package cn.govsite.content.article;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.check.CheckService;
import cn.govsite.content.check.ContentChecks;
import cn.govsite.content.check.Severity;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.item.ContentType;
import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.item.TypedContent;
import cn.govsite.content.item.TypedInput;
import cn.govsite.content.media.MediaCheck;
import cn.govsite.content.media.MediaUsages;

/** Writing and reading the articles of the request's site, and moving their state. */
@Service
public class ArticleService {

	/** Everyone who works on a site's content may read its drafts. */
	static final Role[] READERS = { Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER, Role.CHIEF };

	private final ArticleMapper articles;

	private final ColumnService columns;

	private final ArticleVersionMapper versions;

	private final CheckService checks;

	private final MediaCheck media;

	private final MediaUsages mediaUsages;

	private final Clock clock = Clock.systemUTC();

	ArticleService(ArticleMapper articles, ColumnService columns, ArticleVersionMapper versions, CheckService checks,
			MediaCheck media, MediaUsages mediaUsages) {
		this.articles = articles;
		this.columns = columns;
		this.versions = versions;
		this.checks = checks;
		this.media = media;
		this.mediaUsages = mediaUsages;
	}

	@Transactional
	Article create(GovsitePrincipal principal, CreateArticleRequest request) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.EDITOR, Role.SITE_ADMIN);
		requireOpenColumn(request.columnId());
		Instant now = now();
		Article article = new Article();
		article.setSiteId(site.id());
		article.setColumnId(request.columnId());
		article.setState(ArticleState.DRAFT);
		article.setApprovals(0);
		article.setVersion(1);
		article.setCreatedBy(principal.username());
		article.setCreatedAt(now);
		article.setUpdatedAt(now);
		ContentChecks.Report report = fill(article, request.content());
		// The body as written: the sanitiser would silently drop an external image.
		SortedSet<Long> media = this.media.require(request.content().body(), referencesOf(article));
		this.articles.insert(article);
		this.checks.store(site.id(), article.getId(), report);
		this.versions.insert(ArticleVersion.of(article, principal.username()));
		this.mediaUsages.recordArticle(article.getId(), media);
		return article;
	}

	/**
	 * A new item made ready to store by the same path as {@link #create}: typed fields
	 * read, body sanitised, 质检 run and its library media checked; nothing is written.
	 */
	public record Prepared(Article article, ContentChecks.Report report, SortedSet<Long> media) {
	}

	/**
	 * Prepares a new draft of the current site for a column the caller already checked
	 * with {@link #requireOpenColumn} (bulk import, feeds). Invalid input is a
	 * {@code GovsiteException} listing the fields, as {@link #create} reports it.
	 */
	public Prepared prepare(long columnId, ArticleContent content, String by) {
		SiteRef site = TenantContext.require();
		Instant now = now();
		Article article = new Article();
		article.setSiteId(site.id());
		article.setColumnId(columnId);
		article.setState(ArticleState.DRAFT);
		article.setApprovals(0);
		article.setVersion(1);
		article.setCreatedBy(by);
		article.setCreatedAt(now);
		article.setUpdatedAt(now);
		ContentChecks.Report report = fill(article, content);
		SortedSet<Long> media = this.media.require(content.body(), referencesOf(article));
		return new Prepared(article, report, media);
	}

	/**
	 * Stores a prepared item in the state its caller's workflow decision gave it (set on
	 * the article), with its findings, first version and media usages, in the caller's
	 * transaction.
	 */
	public Article store(Prepared prepared) {
		Article article = prepared.article();
		this.articles.insert(article);
		this.checks.store(article.getSiteId(), article.getId(), prepared.report());
		this.versions.insert(ArticleVersion.of(article, article.getCreatedBy()));
		this.mediaUsages.recordArticle(article.getId(), prepared.media());
		return article;
	}

	/**
	 * Stores many prepared items as {@link #store} does one, with batched inserts (bulk
	 * import and feeds write hundreds per transaction; one statement per row was most of
	 * their writing time). Sets each article's id.
	 */
	public void storeAll(List<Prepared> items) {
		if (items.isEmpty()) {
			return;
		}
		List<Article> list = items.stream().map(Prepared::article).toList();
		this.articles.insert(list);
		Map<Long, ContentChecks.Report> reports = new LinkedHashMap<>();
		items.forEach(item -> reports.put(item.article().getId(), item.report()));
		this.checks.storeNew(list.get(0).getSiteId(), reports);
		this.versions.insert(list.stream().map(article -> ArticleVersion.of(article, article.getCreatedBy())).toList());
		for (Prepared item : items) {
			if (!item.media().isEmpty()) {
				this.mediaUsages.recordArticle(item.article().getId(), item.media());
			}
		}
	}

	/**
	 * 先入库、后使用 for a stored item about to be published (the library may have retired,
	 * unshared or let expire a resource since the save): the resources it uses, or a
	 * {@code media-not-in-library} problem. Asks asset-service, so call it outside a
	 * transaction.
	 */
	public SortedSet<Long> requireLibraryMedia(Article article) {
		return this.media.require(article.getBody(), referencesOf(article));
	}

	/** Records the resources a published item uses, in the caller's transaction. */
	public void recordMedia(long articleId, SortedSet<Long> assetIds) {
		this.mediaUsages.recordArticle(articleId, assetIds);
	}

	/** The item's library references outside the body, as filled in. */
	private static List<MediaCheck.Reference> referencesOf(Article article) {
		return MediaCheck.references(ItemTypes.STANDARD.readAttachments(article.getAttachments()),
				ItemTypes.STANDARD.readStored(article.type(), article.getTypeData()));
	}

	/**
	 * Files a copy of another site's item (push or reprint) in a column of the current
	 * site, in {@code state}: sanitised, checked and versioned like a new draft, with its
	 * origin recorded.
	 */
	public Article receive(long columnId, ArticleContent content, ArticleState state, String by, ItemOrigin origin) {
		SiteRef site = TenantContext.require();
		requireOpenColumn(columnId);
		Instant now = now();
		Article article = new Article();
		article.setSiteId(site.id());
		article.setColumnId(columnId);
		article.setState(state);
		article.setApprovals(0);
		article.setVersion(1);
		article.setCreatedBy(by);
		article.setCreatedAt(now);
		article.setUpdatedAt(now);
		origin.applyTo(article);
		ContentChecks.Report report = fill(article, content);
		this.articles.insert(article);
		this.checks.store(site.id(), article.getId(), report);
		this.versions.insert(ArticleVersion.of(article, by));
		return article;
	}

	/** The column exists on the current site and takes new items (not archived). */
	public void requireOpenColumn(long columnId) {
		var column = this.columns.find(columnId)
			.orElseThrow(() -> GovsiteException.invalid("columnId",
					Message.of("栏目不存在于本站点：" + columnId, "No such column on this site: " + columnId)));
		if (column.getArchivedAt() != null) {
			throw new GovsiteException(ProblemType.INVALID_STATE, Message.of("栏目“" + column.getName() + "”已归档，不能再添加信息",
					"Column " + column.getName() + " is archived and takes no new items"));
		}
	}

	/**
	 * Saves an edit the workflow allowed: the new content (sanitised and checked) as the
	 * next version, in {@code state} with no approvals. A concurrent edit or move makes
	 * it a 409.
	 */
	public Article saveEdit(Article article, ArticleContent content, ArticleState state, String by) {
		int expected = article.getVersion();
		ArticleState from = article.getState();
		ContentChecks.Report report = fill(article, content);
		SortedSet<Long> media = this.media.require(content.body(), referencesOf(article));
		article.setState(state);
		article.setApprovals(0);
		article.setFirstApprover(null);
		article.setVersion(expected + 1);
		article.setUpdatedAt(now());
		if (this.articles.saveEdit(article, expected, from) != 1) {
			throw GovsiteException
				.conflict(Message.of("文章已被他人修改，请刷新后重试", "The article changed meanwhile; reload and try again"));
		}
		this.checks.store(article.getSiteId(), article.getId(), report);
		this.versions.insert(ArticleVersion.of(article, by));
		this.mediaUsages.recordArticle(article.getId(), media);
		return article;
	}

	/** Every saved version of the article, oldest first. */
	public List<ArticleVersion> versions(long articleId) {
		require(articleId);
		return this.versions.selectList(Wrappers.<ArticleVersion>lambdaQuery()
			.eq(ArticleVersion::getArticleId, articleId)
			.orderByAsc(ArticleVersion::getVersion));
	}

	private ContentChecks.Report fill(Article article, ArticleContent content) {
		fillTyped(article, content.typed());
		String body = ArticleBody.forStorage(content.body());
		if (body.isBlank()) {
			throw GovsiteException.invalid("body",
					Message.of("正文清理不安全标记后为空", "The body is empty once unsafe markup is removed"));
		}
		article.setTitle(content.title().strip());
		article.setBody(body);
		article.setSource(blankToNull(content.source()));
		article.setMajor(content.major());
		article.setPublishAt(content.publishAt());
		ContentChecks.Report report = check(article);
		article.setCheckBlocking((int) report.count(Severity.BLOCKING));
		article.setCheckWarnings((int) report.count(Severity.WARNING));
		return report;
	}

	/**
	 * Reads and checks the typed part. An edit keeps the item's type; fields, attachments
	 * or date it does not send stay as stored.
	 */
	private void fillTyped(Article article, TypedInput input) {
		ItemTypes types = ItemTypes.STANDARD;
		ContentType current = article.getContentType();
		String type = input.type();
		if (current != null) {
			if (type != null && ContentType.parse(type).orElse(null) != current) {
				throw GovsiteException.invalid("type", Message.of("信息类型创建后不能修改（当前为" + current.label() + "）",
						"The type of an item cannot change (it is " + current + ")"));
			}
			type = current.name();
		}
		boolean editing = current != null;
		TypedContent typed = types.read(type,
				(editing && input.fields() == null) ? types.tree(article.getTypeData()) : input.fields(),
				(editing && input.attachments() == null) ? types.readAttachments(article.getAttachments())
						: input.attachments(),
				(editing && input.occurredOn() == null) ? article.getOccurredOn() : input.occurredOn());
		Long document = typed.interpretedDocument();
		if (document != null) {
			Article target = this.articles.selectById(document);
			if (target == null || target.type() != ContentType.POLICY_DOCUMENT) {
				throw GovsiteException.invalid("fields.documentId",
						Message.of("本站点没有此政策文件：" + document, "No policy document " + document + " on this site"));
			}
		}
		article.setContentType(typed.type());
		article.setTypeData(types.write(typed.fields()));
		article.setAttachments(types.writeAttachments(typed.attachments()));
		article.setRelatedId(document);
		article.setOccurredOn(typed.occurredOn());
	}

	/**
	 * 质检 of the item as it stands: title and body (with the site's leaders unless it is a
	 * leader profile), and the texts of its typed fields.
	 */
	public ContentChecks.Report check(Article article) {
		ContentChecks.Report report = this.checks.run(article.getTitle(), article.getBody(), checksLeaders(article));
		Map<String, String> texts = ItemTypes.STANDARD.texts(article.getTypeData());
		return texts.isEmpty() ? report : CheckService.merge(report, this.checks.runFields(texts));
	}

	/** Whether the leader check applies: not to a leader profile, the leaders' source. */
	public static boolean checksLeaders(Article article) {
		return article.type() != ContentType.LEADER_PROFILE;
	}

	@Transactional(readOnly = true)
	Article get(GovsitePrincipal principal, long id) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), READERS);
		return require(id);
	}

	@Transactional(readOnly = true)
	Page<Article> list(GovsitePrincipal principal, Long columnId, ArticleState state, ContentType type, int page,
			int size) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), READERS);
		return this.articles.selectPage(new Page<>(page, size),
				Wrappers.<Article>lambdaQuery()
					.eq(columnId != null, Article::getColumnId, columnId)
					.eq(state != null, Article::getState, state)
					.eq(type != null, Article::getContentType, type)
					.orderByDesc(Article::getId));
	}

	/** The article of the current site with this id, or a 404 problem. */
	public Article require(long id) {
		Article article = this.articles.selectById(id);
		if (article == null) {
			throw GovsiteException.notFound("文章", "Article", id);
		}
		return article;
	}

	/**
	 * Makes a move the workflow decided, inside the caller's transaction; one that lost a
	 * race with another move is a 409 {@code invalid-state}.
	 */
	public Article move(Article article, ArticleState to, int approvals, String firstApprover) {
		Instant now = now();
		Instant publishedAt = (to == ArticleState.PUBLISHED) ? now : article.getPublishedAt();
		if (this.articles.move(article.getId(), article.getState(), article.getApprovals(), to, approvals,
				firstApprover, now, publishedAt) != 1) {
			throw refused(article, to);
		}
		article.setState(to);
		article.setApprovals(approvals);
		article.setFirstApprover(firstApprover);
		article.setUpdatedAt(now);
		article.setPublishedAt(publishedAt);
		return article;
	}

	/** The newest published articles of the current site, newest first. */
	public List<Article> latestPublished(int limit) {
		return this.articles.selectList(Wrappers.<Article>lambdaQuery()
			.eq(Article::getState, ArticleState.PUBLISHED)
			.orderByDesc(Article::getPublishedAt)
			.orderByDesc(Article::getId)
			.last("LIMIT " + Math.max(1, limit)));
	}

	private static GovsiteException refused(Article article, ArticleState to) {
		return new GovsiteException(ProblemType.INVALID_STATE, Message.of("文章状态已被他人改变，无法变为 " + to + "，请刷新后重试",
				"Article " + article.getId() + " changed meanwhile; it cannot become " + to));
	}

	public Instant now() {
		// Seconds are what the database keeps and what events carry.
		return Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
