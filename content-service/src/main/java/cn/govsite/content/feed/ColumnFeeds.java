package cn.govsite.content.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.event.Outbox;
import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleContent;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.bulkimport.ItemWriter;
import cn.govsite.content.column.ColumnService;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.item.TypedInput;

/**
 * 数据接口 / 网上抓取 — columns fed from RSS/Atom, JSON or a scraped page list. A poll reads the
 * feed, skips what it delivered before (by guid or link, and by content hash), takes the
 * rest through the editor's path (sanitised, 质检; an entry the checks refuse is skipped
 * and remembered) and writes them with {@link ItemWriter}: published directly in a 直接发布
 * column, otherwise into the review queue. A feed that cannot be read is recorded on the
 * feed and reported to the column's responsible unit ({@code ColumnFeedFailed}).
 */
@Service
public class ColumnFeeds {

	private static final Logger log = LoggerFactory.getLogger(ColumnFeeds.class);

	private final FeedStore store;

	private final FeedFetcher fetcher;

	private final ColumnService columns;

	private final ArticleService articles;

	private final ItemWriter writer;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final FeedProperties properties;

	ColumnFeeds(FeedStore store, FeedFetcher fetcher, ColumnService columns, ArticleService articles, ItemWriter writer,
			Outbox outbox, TransactionTemplate transactions, FeedProperties properties) {
		this.store = store;
		this.fetcher = fetcher;
		this.columns = columns;
		this.articles = articles;
		this.writer = writer;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
	}

	FeedView create(GovsitePrincipal principal, FeedRequest request) {
		SiteRef site = requireManager(principal);
		FeedSettings settings = checked(request);
		long id = this.store.create(site.id(), request.columnId(), request.kind(), request.url().strip(), settings,
				interval(request), principal.username(), this.articles.now());
		if (Boolean.FALSE.equals(request.enabled())) {
			this.store.update(site.id(), id, request.columnId(), request.kind(), request.url().strip(), settings,
					interval(request), false, this.articles.now());
		}
		return this.store.find(site.id(), id).orElseThrow();
	}

	/** Edits a feed; its next poll counts the (new) interval from its last poll. */
	FeedView update(GovsitePrincipal principal, long id, FeedRequest request) {
		SiteRef site = requireManager(principal);
		FeedView current = require(site, id);
		FeedSettings settings = checked(request);
		Instant from = (current.lastPolledAt() != null) ? current.lastPolledAt() : this.articles.now();
		this.store.update(site.id(), id, request.columnId(), request.kind(), request.url().strip(), settings,
				interval(request), !Boolean.FALSE.equals(request.enabled()), from.plusSeconds(60L * interval(request)));
		return require(site, id);
	}

	/**
	 * The request checked beyond its annotations: column of the site, kind's settings,
	 * address.
	 */
	private FeedSettings checked(FeedRequest request) {
		requireColumn(request.columnId());
		FeedSettings settings = (request.settings() != null) ? request.settings() : FeedSettings.NONE;
		if (request.kind() == FeedKind.SCRAPE && blank(settings.itemSelector())) {
			throw GovsiteException.invalid("settings.itemSelector",
					Message.of("网上抓取须配置列表项选择器", "A scraped feed needs the list item selector"));
		}
		if (request.kind() == FeedKind.JSON && blank(settings.titlePath())) {
			throw GovsiteException.invalid("settings.titlePath",
					Message.of("JSON 数据接口须配置标题字段路径", "A JSON feed needs the title path"));
		}
		try {
			URI uri = URI.create(request.url().strip());
			if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
				throw new IllegalArgumentException();
			}
		}
		catch (RuntimeException ex) {
			throw GovsiteException.invalid("url", Message.of("地址须为 http(s) 网址", "The url must be an http(s) URL"));
		}
		return settings;
	}

	private static int interval(FeedRequest request) {
		return (request.intervalMinutes() != null) ? request.intervalMinutes() : 60;
	}

	List<FeedView> list(GovsitePrincipal principal, Long columnId) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER);
		return this.store.list(site.id(), columnId);
	}

	FeedView get(GovsitePrincipal principal, long id) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER);
		return require(site, id);
	}

	void delete(GovsitePrincipal principal, long id) {
		SiteRef site = requireManager(principal);
		require(site, id);
		this.store.delete(site.id(), id);
	}

	/** Polls now, on a site admin's or editor's request. */
	PollResult pollNow(GovsitePrincipal principal, long id) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.EDITOR);
		return poll(require(site, id));
	}

	/** The scheduler's poll of a due feed of the current site. */
	PollResult pollDue(long id) {
		return this.store.find(TenantContext.require().id(), id).map(this::poll).orElse(PollResult.failed(id, "gone"));
	}

	private PollResult poll(FeedView feed) {
		SiteRef site = TenantContext.require();
		Instant now = this.articles.now();
		this.store.polling(feed.id(), now, feed.intervalMinutes());
		SiteColumn column = this.columns.find(feed.columnId()).orElse(null);
		if (column == null || column.getArchivedAt() != null) {
			return fail(site, feed, column, "The column is gone or archived");
		}
		List<FeedEntry> entries;
		try {
			byte[] document = this.fetcher.fetch(feed.url());
			entries = FeedReader.read(feed.kind(), feed.settings(), feed.url(), document, this.fetcher::fetch);
		}
		catch (FeedFailure ex) {
			return fail(site, feed, column, ex.getMessage());
		}
		catch (RuntimeException ex) {
			return fail(site, feed, column, "Unreadable feed: " + ex);
		}
		String by = "feed:" + feed.id();
		List<Keys> keys = entries.stream().map(Keys::of).toList();
		Set<String> seen = new HashSet<>(this.store.seen(feed.id(),
				keys.stream().flatMap(k -> java.util.stream.Stream.of(k.identity, k.content)).toList()));
		List<ArticleService.Prepared> taken = new ArrayList<>();
		List<Keys> takenKeys = new ArrayList<>();
		List<Keys> unusable = new ArrayList<>();
		int duplicates = 0;
		for (int i = 0; i < entries.size() && taken.size() < this.properties.maxItems(); i++) {
			Keys key = keys.get(i);
			if (seen.contains(key.identity) || seen.contains(key.content)) {
				duplicates++;
				continue;
			}
			seen.add(key.identity);
			seen.add(key.content);
			try {
				ArticleService.Prepared prepared = this.articles.prepare(column.getId(), content(entries.get(i), feed),
						by);
				if (prepared.report().blocked()) {
					unusable.add(key);
					continue;
				}
				taken.add(prepared);
				takenKeys.add(key);
			}
			catch (GovsiteException ex) {
				unusable.add(key);
			}
		}
		try {
			ItemWriter.Outcome outcome = this.writer.write(column, taken, by,
					"数据接口 #" + feed.id() + " / feed " + feed.url(), written -> {
						for (int i = 0; i < taken.size(); i++) {
							Long articleId = taken.get(i).article().getId();
							this.store.remember(feed.id(), takenKeys.get(i).identity, articleId, now);
							this.store.remember(feed.id(), takenKeys.get(i).content, articleId, now);
						}
					});
			unusable.forEach(key -> {
				this.store.remember(feed.id(), key.identity, null, now);
				this.store.remember(feed.id(), key.content, null, now);
			});
			this.store.succeeded(feed.id(), outcome.size(), now);
			return new PollResult(feed.id(), entries.size(), outcome.published().size(), outcome.queued().size(),
					duplicates, unusable.size(), null);
		}
		catch (RuntimeException ex) {
			log.warn("Feed {} could not store its items", feed.id(), ex);
			return fail(site, feed, column, "Could not store the items: " + ex.getMessage());
		}
	}

	private ArticleContent content(FeedEntry entry, FeedView feed) {
		String title = (entry.title() != null) ? entry.title().strip() : "";
		if (title.length() > 80) {
			title = title.substring(0, 80);
		}
		String body = (entry.body() != null && !entry.body().isBlank()) ? entry.body() : title;
		String source = URI.create(feed.url()).getHost();
		return new ArticleContent(title, body, source, false, null, new TypedInput(null, null, null, entry.date()));
	}

	private PollResult fail(SiteRef site, FeedView feed, SiteColumn column, String error) {
		log.info("Feed {} of site {} failed: {}", feed.id(), site.code(), error);
		Instant now = this.articles.now();
		this.transactions.executeWithoutResult(status -> {
			int failures = this.store.failed(feed.id(), error);
			this.outbox.record(ColumnFeedFailed.TYPE, site,
					new ColumnFeedFailed(site.id(), site.code(), feed.columnId(),
							(column != null) ? column.getName() : null,
							(column != null) ? column.getResponsibleUnit() : null, feed.id(), feed.url(), error,
							failures, now));
		});
		return PollResult.failed(feed.id(), error);
	}

	private FeedView require(SiteRef site, long id) {
		return this.store.find(site.id(), id).orElseThrow(() -> GovsiteException.notFound("数据源", "Feed", id));
	}

	private void requireColumn(long columnId) {
		this.columns.find(columnId)
			.orElseThrow(() -> GovsiteException.invalid("columnId",
					Message.of("栏目不存在于本站点：" + columnId, "No such column on this site: " + columnId)));
		this.articles.requireOpenColumn(columnId);
	}

	private static SiteRef requireManager(GovsitePrincipal principal) {
		SiteRef site = TenantContext.require();
		SiteAccess.requireSiteRole(principal, site, Role.SITE_ADMIN, Role.EDITOR);
		return site;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** The two dedupe keys of an entry: its identity and its content. */
	private record Keys(String identity, String content) {

		static Keys of(FeedEntry entry) {
			return new Keys(sha256(entry.identity()),
					sha256("content:" + entry.title() + "\n" + ((entry.body() != null) ? entry.body() : "")));
		}

	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
