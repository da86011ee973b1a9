package cn.govsite.content.migration;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * 迁移执行 — one crawl of an old site (no Spring here): visits the ledger's queued URLs in
 * small parallel batches (polite: a few at a time, same host only), follows list pages'
 * item links and next pages and every other page's links, and turns item pages into new
 * items — images and attachments registered into the library and the body pointing at
 * them, duplicates and earlier imports redirected instead of imported, unmapped sections
 * archived. Broken links are recorded, never fatal.
 */
final class MigrationRun {

	static final Set<String> ATTACHMENT_EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip",
			"txt", "csv", "wps", "et", "ofd");

	/** Notified after each batch, for progress. */
	interface Progress {

		void batchDone();

	}

	private final MigrationMapping mapping;

	private final Ledger ledger;

	private final Target target;

	private final Function<URI, Fetched> fetcher;

	private final int concurrency;

	private final Progress progress;

	private Long archiveColumn;

	MigrationRun(MigrationMapping mapping, Ledger ledger, Target target, Function<URI, Fetched> fetcher,
			int concurrency, Progress progress) {
		this.mapping = mapping;
		this.ledger = ledger;
		this.target = target;
		this.fetcher = fetcher;
		this.concurrency = Math.max(1, concurrency);
		this.progress = progress;
	}

	/**
	 * Queues the start: list pages first (so they are read as lists), then the start
	 * pages.
	 */
	void seed() {
		for (MigrationMapping.Section section : this.mapping.sections()) {
			for (String list : section.lists()) {
				this.ledger.enqueue(absolute(list), Ledger.Kind.LIST, section.name());
			}
		}
		for (String start : this.mapping.startUrls()) {
			this.ledger.enqueue(absolute(start), Ledger.Kind.PAGE, null);
		}
	}

	/** Runs until nothing is queued or the job is cancelled; true when it ran out. */
	boolean run() {
		try (ExecutorService pool = Executors.newFixedThreadPool(this.concurrency, Thread.ofVirtual().factory())) {
			while (!this.ledger.cancelled()) {
				List<Ledger.Entry> batch = this.ledger.next(this.concurrency * 2);
				if (batch.isEmpty()) {
					return true;
				}
				List<Future<Fetched>> answers = new ArrayList<>();
				for (Ledger.Entry entry : batch) {
					answers.add(pool.submit(() -> this.fetcher.apply(URI.create(entry.url()))));
				}
				for (int i = 0; i < batch.size(); i++) {
					visit(batch.get(i), answer(answers.get(i)));
				}
				this.progress.batchDone();
			}
			return false;
		}
	}

	private static Fetched answer(Future<Fetched> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Migration interrupted", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return Fetched.failed(String.valueOf(ex.getCause()));
		}
	}

	private void visit(Ledger.Entry entry, Fetched fetched) {
		if (fetched.redirect()) {
			URI to = URI.create(entry.url()).resolve(fetched.location());
			if (sameHost(to)) {
				this.ledger.enqueue(clean(to), entry.kind(), entry.section());
			}
			this.ledger.finish(entry, Ledger.Result.of(Ledger.Outcome.SKIPPED, "重定向到 / redirects to " + to));
			return;
		}
		if (!fetched.ok()) {
			this.ledger.finish(entry,
					Ledger.Result.of(Ledger.Outcome.FAILED, "无法访问（断链）/ broken link: " + fetched.failure()));
			return;
		}
		if (!fetched.html()) {
			this.ledger.finish(entry,
					Ledger.Result.of(Ledger.Outcome.SKIPPED, "不是网页 / not a page: " + fetched.contentType()));
			return;
		}
		Document page = parse(fetched, entry.url());
		if (entry.kind() == Ledger.Kind.LIST) {
			visitList(entry, page);
		}
		else {
			visitPage(entry, page);
		}
	}

	/**
	 * The page in its own encoding: the Content-Type's charset, else what the page says
	 * (BOM or meta), else UTF-8 — many old government sites are GBK.
	 */
	static Document parse(Fetched fetched, String url) {
		String charset = null;
		java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?i)charset=\\s*\"?([\\w.-]+)")
			.matcher(String.valueOf(fetched.contentType()));
		if (declared.find() && java.nio.charset.Charset.isSupported(declared.group(1))) {
			charset = declared.group(1);
		}
		try {
			return Jsoup.parse(new java.io.ByteArrayInputStream(fetched.body()), charset, url);
		}
		catch (java.io.IOException ex) {
			return Jsoup.parse(new String(fetched.body(), StandardCharsets.UTF_8), url);
		}
	}

	private void visitList(Ledger.Entry entry, Document page) {
		Optional<MigrationMapping.Section> section = this.mapping.section(entry.section());
		Long column = null;
		if (section.isPresent()) {
			MigrationMapping.Section found = section.get();
			column = found.column();
			for (Element link : page.select(found.itemLinks())) {
				follow(link.absUrl("href"), Ledger.Kind.PAGE, found.name());
			}
			if (found.nextPage() != null) {
				for (Element next : page.select(found.nextPage())) {
					follow(next.absUrl("href"), Ledger.Kind.LIST, found.name());
				}
			}
			this.target.redirect(oldPath(entry.url()), "/columns/" + found.column() + "/index.html");
		}
		this.ledger.finish(entry, new Ledger.Result(Ledger.Outcome.LIST, null, null, null, column, page.title(), null,
				null, (column != null) ? "/columns/" + column + "/index.html" : null));
	}

	private void visitPage(Ledger.Entry entry, Document page) {
		for (Element link : page.select("a[href]")) {
			String href = link.absUrl("href");
			if (!attachment(href)) {
				follow(href, Ledger.Kind.PAGE, null);
			}
		}
		Optional<ItemPage> read = ItemPage.read(page, this.mapping.page());
		if (read.isEmpty()) {
			this.ledger.finish(entry,
					Ledger.Result.of(Ledger.Outcome.SKIPPED, "不是信息页（无标题或正文）/ not an item page (no title or body)"));
			return;
		}
		ItemPage item = read.get();
		if (item.date() == null) {
			this.ledger.finish(entry, new Ledger.Result(Ledger.Outcome.SKIPPED, "未找到发布日期 / no date found", null, null,
					null, item.title(), null, null, null));
			return;
		}
		String hash = item.contentHash();
		Optional<Long> earlier = this.ledger.importedFrom(entry.url());
		if (earlier.isPresent()) {
			redirected(entry, item, hash, earlier.get(), Ledger.Outcome.ALREADY_IMPORTED, "已于此前导入 / imported before");
			return;
		}
		Optional<Long> same = this.ledger.importedWithContent(hash);
		if (same.isPresent()) {
			redirected(entry, item, hash, same.get(), Ledger.Outcome.DUPLICATE,
					"与已导入信息内容相同 / same content as article " + same.get());
			return;
		}
		Optional<MigrationMapping.Section> section = Optional.ofNullable(entry.section())
			.flatMap(this.mapping::section)
			.or(() -> this.mapping.sectionOf(URI.create(entry.url()).getPath()));
		boolean archive = section.isEmpty();
		long column = archive ? archiveColumn() : section.get().column();
		SortedSetHolder assets = new SortedSetHolder();
		String body = rewrite(item.body(), assets);
		Target.Draft draft = new Target.Draft(column, archive, item.title(), body, item.source(), item.date(),
				entry.url(), assets.ids);
		long article;
		try {
			article = this.target.atomically(() -> {
				long id = this.target.importItem(draft);
				this.ledger.finish(entry,
						new Ledger.Result(archive ? Ledger.Outcome.ARCHIVED : Ledger.Outcome.IMPORTED,
								archive ? "栏目未映射，已归档 / section not mapped, archived" : null, id, null, column,
								item.title(), item.date().toLocalDate(), hash, articlePath(id)));
				return id;
			});
		}
		catch (RuntimeException ex) {
			this.ledger.finish(entry,
					new Ledger.Result(Ledger.Outcome.FAILED, "导入失败 / import refused: " + ex.getMessage(), null, null,
							column, item.title(), item.date().toLocalDate(), null, null));
			return;
		}
		this.target.redirect(oldPath(entry.url()), articlePath(article));
	}

	private void redirected(Ledger.Entry entry, ItemPage item, String hash, long article, Ledger.Outcome outcome,
			String reason) {
		String path = articlePath(article);
		this.ledger.finish(entry, new Ledger.Result(outcome, reason, article, null, null, item.title(),
				item.date().toLocalDate(), hash, path));
		this.target.redirect(oldPath(entry.url()), path);
	}

	private long archiveColumn() {
		if (this.archiveColumn == null) {
			this.archiveColumn = this.target.archiveColumn(this.mapping.archiveColumn());
		}
		return this.archiveColumn;
	}

	/**
	 * Points the body's images and attachments at their library copies (downloading and
	 * registering each once), drops broken ones, and makes links into the old site
	 * path-only, so they reach the new site's host and its redirects.
	 */
	private String rewrite(Element body, SortedSetHolder assets) {
		for (Element image : body.select("img[src]")) {
			String src = image.absUrl("src");
			Optional<Long> asset = sameHost(src) ? asset(src, image.attr("alt")) : Optional.empty();
			if (asset.isPresent()) {
				image.attr("src", "/assets/" + asset.get() + "/content");
				if (image.attr("alt").isBlank()) {
					image.attr("alt", "图片");
				}
				assets.ids.add(asset.get());
			}
			else {
				image.remove();
			}
		}
		for (Element link : body.select("a[href]")) {
			String href = link.absUrl("href");
			if (!sameHost(href)) {
				continue;
			}
			if (attachment(href)) {
				Optional<Long> asset = asset(href, link.text());
				if (asset.isPresent()) {
					link.attr("href", "/assets/" + asset.get() + "/content");
					assets.ids.add(asset.get());
				}
				else {
					link.unwrap();
				}
			}
			else {
				link.attr("href", oldPath(href));
			}
		}
		return body.html();
	}

	private Optional<Long> asset(String url, String title) {
		Optional<Long> known = this.ledger.assetFrom(url);
		if (known.isPresent()) {
			return known;
		}
		Fetched file = this.fetcher.apply(URI.create(url));
		if (!file.ok()) {
			this.ledger.asset(url, Ledger.Result.of(Ledger.Outcome.FAILED,
					"图片或附件无法访问（断链）/ broken image or attachment: " + file.failure()));
			return Optional.empty();
		}
		String filename = filename(url);
		String name = (title == null || title.isBlank()) ? filename : title.strip();
		try {
			long id = this.target.register(url, filename, file.contentType(), file.body(),
					(name.length() > 100) ? name.substring(0, 100) : name);
			this.ledger.asset(url, new Ledger.Result(Ledger.Outcome.REGISTERED, null, null, id, null, name, null, null,
					"/assets/" + id + "/content"));
			return Optional.of(id);
		}
		catch (RuntimeException ex) {
			this.ledger.asset(url,
					Ledger.Result.of(Ledger.Outcome.FAILED, "资源库拒收 / the library refused it: " + ex.getMessage()));
			return Optional.empty();
		}
	}

	private void follow(String href, Ledger.Kind kind, String section) {
		if (href == null || href.isBlank() || !sameHost(href)) {
			return;
		}
		this.ledger.enqueue(clean(URI.create(href)), kind, section);
	}

	private boolean sameHost(String url) {
		try {
			return sameHost(URI.create(url));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private boolean sameHost(URI uri) {
		String scheme = uri.getScheme();
		return ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null
				&& uri.getHost().equalsIgnoreCase(this.mapping.baseUrl().getHost())
				&& uri.getPort() == this.mapping.baseUrl().getPort();
	}

	private String absolute(String url) {
		return clean(this.mapping.baseUrl().resolve(url));
	}

	/** Without its fragment: {@code a.html#top} and {@code a.html} are one page. */
	private static String clean(URI uri) {
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return uri.getScheme() + "://" + uri.getRawAuthority() + path
				+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/** The part of an old URL the new host answers for: its path and query. */
	static String oldPath(String url) {
		URI uri = URI.create(url);
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	static String articlePath(long articleId) {
		return "/articles/" + articleId + ".html";
	}

	static boolean attachment(String url) {
		String path;
		try {
			path = URI.create(url).getPath();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (path == null) {
			return false;
		}
		int dot = path.lastIndexOf('.');
		return dot > path.lastIndexOf('/')
				&& ATTACHMENT_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private static String filename(String url) {
		String path = URI.create(url).getPath();
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.isEmpty() ? "file" : java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
	}

	private static final class SortedSetHolder {

		final TreeSet<Long> ids = new TreeSet<>();

	}

}
