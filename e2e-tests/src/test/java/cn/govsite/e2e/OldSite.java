package cn.govsite.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;

/**
 * An old government website to migrate, generated from templates and served on loopback
 * by the JDK's HTTP server: 新闻动态 (list pages with paging, every 10th item with an image,
 * every 15th with a PDF, every 25th with a Word file), 通知公告 (found by its path prefix),
 * 部门动态 (not mapped: archived), print views that duplicate news items, links to pages that
 * are gone and an image that is gone.
 */
final class OldSite implements AutoCloseable {

	static final int NEWS = 150;

	static final int NOTICES = 100;

	static final int DEPARTMENT = 40;

	/** News items with a print view (same content, another URL). */
	static final int PRINTED = 10;

	/** News items linking to a page that is gone. */
	static final int BROKEN = 5;

	static final int PAGE_SIZE = 20;

	record Resource(String contentType, byte[] content) {
	}

	private final Map<String, Resource> resources = new LinkedHashMap<>();

	private final HttpServer server;

	OldSite() {
		generate();
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getRawPath();
			Resource found = this.resources.get(path);
			if (found == null) {
				byte[] missing = "<html><body><h1>404</h1></body></html>".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(404, missing.length);
				exchange.getResponseBody().write(missing);
			}
			else {
				exchange.getResponseHeaders().set("Content-Type", found.contentType());
				exchange.sendResponseHeaders(200, found.content().length);
				exchange.getResponseBody().write(found.content());
			}
			exchange.close();
		});
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	/** How many HTML pages the site has. */
	long pages() {
		return this.resources.values().stream().filter(r -> r.contentType().startsWith("text/html")).count();
	}

	static LocalDate newsDate(int n) {
		return LocalDate.of(2019, 1, 1).plusDays(n);
	}

	static String newsPath(int n) {
		return "/xwdt/2019/art" + n + ".html";
	}

	static String newsTitle(int n) {
		return "示范市新闻动态第" + n + "期：重点工作稳步推进";
	}

	static boolean hasImage(int n) {
		return n % 10 == 0;
	}

	static boolean hasPdf(int n) {
		return n % 15 == 0;
	}

	static boolean hasDocx(int n) {
		return n % 25 == 0;
	}

	static int newsFiles() {
		int files = 0;
		for (int n = 1; n <= NEWS; n++) {
			files += (hasImage(n) ? 1 : 0) + (hasPdf(n) ? 1 : 0) + (hasDocx(n) ? 1 : 0);
		}
		return files;
	}

	private void generate() {
		html("/", "示范市某局（旧网站）",
				"<ul class='nav'><li><a href='/xwdt/index.html'>新闻动态</a></li>"
						+ "<li><a href='/tzgg/index.html'>通知公告</a></li><li><a href='/bmdt/index.html'>部门动态</a></li>"
						+ "<li><a href='/gone/about.html'>关于我们</a></li></ul>");
		List<String> news = new ArrayList<>();
		for (int n = 1; n <= NEWS; n++) {
			StringBuilder body = new StringBuilder("<p>").append(newsTitle(n))
				.append("。本期介绍全市各项重点工作的最新进展情况。</p><p>编号 N")
				.append(n)
				.append("。</p>");
			if (hasImage(n)) {
				this.resources.put("/images/xwdt" + n + ".jpg", new Resource("image/jpeg", jpeg(n)));
				body.append("<p><img src='/images/xwdt").append(n).append(".jpg' alt='工作现场").append(n).append("'></p>");
			}
			if (hasPdf(n)) {
				this.resources.put("/files/xwdt" + n + ".pdf", new Resource("application/pdf", pdf(n)));
				body.append("<p>附件：<a href='/files/xwdt").append(n).append(".pdf'>实施方案").append(n).append("</a></p>");
			}
			if (hasDocx(n)) {
				this.resources.put("/files/xwdt" + n + ".docx", new Resource(
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(n)));
				body.append("<p>附件：<a href='../../files/xwdt")
					.append(n)
					.append(".docx'>报名表")
					.append(n)
					.append("</a></p>");
			}
			if (n <= 3) {
				body.append("<p><img src='/images/gone.jpg' alt='已删除的图片'></p>");
			}
			String links = "";
			if (n <= PRINTED) {
				links += "<a href='/print/art" + n + ".html'>打印本页</a>";
				html("/print/art" + n + ".html", newsTitle(n), item(newsTitle(n), newsDate(n), body.toString(), ""));
			}
			if (n > PRINTED && n <= PRINTED + BROKEN) {
				links += "<a href='/xwdt/2019/missing" + n + ".html'>相关阅读</a>";
			}
			html(newsPath(n), newsTitle(n), item(newsTitle(n), newsDate(n), body.toString(), links));
			news.add("<li><a href='" + newsPath(n) + "'>" + newsTitle(n) + "</a><span>" + newsDate(n) + "</span></li>");
		}
		lists("/xwdt/", news, true);
		List<String> notices = new ArrayList<>();
		for (int n = 1; n <= NOTICES; n++) {
			String title = "关于第" + n + "批政务服务事项调整的通知";
			LocalDate date = LocalDate.of(2020, 6, 1).plusDays(n);
			html("/tzgg/" + n + ".html", title,
					item(title, date, "<p>" + title + "，请各单位认真贯彻执行。编号 T" + n + "。</p>", ""));
			notices.add("<li><a href='/tzgg/" + n + ".html'>" + title + "</a></li>");
		}
		lists("/tzgg/", notices, false);
		List<String> department = new ArrayList<>();
		for (int n = 1; n <= DEPARTMENT; n++) {
			String title = "部门动态第" + n + "条：机关党建工作交流";
			html("/bmdt/d" + n + ".html", title,
					item(title, LocalDate.of(2017, 3, 1).plusDays(n), "<p>" + title + "。编号 D" + n + "。</p>", ""));
			department.add("<li><a href='/bmdt/d" + n + ".html'>" + title + "</a></li>");
		}
		lists("/bmdt/", department, false);
	}

	/** List pages of a section: index.html, index_1.html … with a next-page link. */
	private void lists(String folder, List<String> items, boolean classed) {
		int pages = (items.size() + PAGE_SIZE - 1) / PAGE_SIZE;
		for (int p = 0; p < pages; p++) {
			StringBuilder list = new StringBuilder(classed ? "<ul class='list'>" : "<ul>");
			items.subList(p * PAGE_SIZE, Math.min(items.size(), (p + 1) * PAGE_SIZE)).forEach(list::append);
			list.append("</ul>");
			if (p + 1 < pages) {
				list.append("<a class='next' href='index_").append(p + 1).append(".html'>下一页</a>");
			}
			html(folder + ((p == 0) ? "index.html" : "index_" + p + ".html"), "列表", list.toString());
		}
	}

	private static String item(String title, LocalDate date, String body, String links) {
		return "<h1 class='title'>" + title + "</h1><div class='info'>发布时间：<span class='date'>" + date
				+ "</span> <span class='source'>来源：示范市某局办公室</span></div><div class='article'>" + body + "</div>"
				+ "<div class='tools'>" + links + "<a href='/'>返回首页</a></div>";
	}

	private void html(String path, String title, String body) {
		String page = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
				+ body + "</body></html>";
		this.resources.put(path, new Resource("text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] jpeg(int n) {
		BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color((n * 7919) & 0xffffff));
		graphics.fillRect(0, 0, 120, 90);
		graphics.setColor(new Color((n * 104729) & 0xffffff));
		graphics.fillOval(10 + n % 50, 10, 40, 40);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] pdf(int n) {
		return ("%PDF-1.4\n% item " + n + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] docx(int n) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
						.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(
					("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
							+ "<w:body><w:p><w:r><w:t>报名表 " + n + "</w:t></w:r></w:p></w:body></w:document>")
						.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
