package cn.govsite.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.site.SiteFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** The default template set renders accessible pages with everything escaped. */
class DefaultTemplatesTest {

	private final PageRenderer renderer = new PageRenderer();

	private final SiteFacts site = new SiteFacts(3, "jyj", "市教育局", "DEPARTMENT", 1L, "jyj.govsite.localhost");

	@Test
	void theArticlePageIsASemanticChinesePage() {
		String html = render("article.ftlh", PageModels.articlePage(this.site, column(), article("会议召开")));
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"zh-CN\">")
			.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.contains("<header", "<nav", "<main", "<footer", "aria-label=\"当前位置\"")
			.contains("<title>会议召开 - 市教育局</title>")
			.contains("<p>第一段第一行<br>第一段第二行</p>", "<p>第二段</p>")
			.contains("来源：市教育局办公室")
			.contains("<time datetime=\"2026-11-22\">2026-11-22 11:00</time>")
			.doesNotContain("http://", "https://");
		// The site's name in the header and the footer.
		assertThat(html.split("市教育局", -1).length - 1).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aScriptInTheTitleIsEscaped() {
		String html = render("article.ftlh",
				PageModels.articlePage(this.site, column(), article("<script>alert(1)</script>")));
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
	}

	@Test
	void anHtmlBodyIsPrintedSanitisedAndUnescaped() {
		Article article = article("会议召开");
		// Even a body stored before sanitising existed is sanitised again when rendered.
		article.setBody("<h2>一、要求</h2><p><strong>狠抓</strong>落实</p><script>alert(1)</script>"
				+ "<a href=\"javascript:alert(2)\">链接</a><img src=x onerror=alert(3)>");
		String html = render("article.ftlh", PageModels.articlePage(this.site, column(), article));
		assertThat(html).contains("<h2>一、要求</h2><p><strong>狠抓</strong>落实</p>")
			.doesNotContain("<script>", "alert(", "javascript:", "onerror", "<img");
	}

	@Test
	void theHomePageListsArticlesWithTheirColumns() {
		SiteColumn column = column();
		String html = render("index.ftlh",
				PageModels.homePage(this.site, List.of(article("甲 & 乙")), Map.of(column.getId(), column)));
		assertThat(html).contains("<h1>市教育局</h1>")
			.contains("href=\"/articles/12.html\"")
			.contains("[工作动态]")
			.contains("甲 &amp; 乙");
		assertThat(render("index.ftlh", PageModels.homePage(this.site, List.of(), Map.of()))).contains("暂无信息");
	}

	private String render(String template, Map<String, Object> model) {
		return new String(this.renderer.render(template, model), StandardCharsets.UTF_8);
	}

	private static SiteColumn column() {
		SiteColumn column = new SiteColumn();
		column.setId(5L);
		column.setName("工作动态");
		return column;
	}

	private static Article article(String title) {
		Article article = new Article();
		article.setId(12L);
		article.setColumnId(5L);
		article.setTitle(title);
		article.setBody("第一段第一行\n第一段第二行\n\n第二段");
		article.setSource("市教育局办公室");
		article.setState(ArticleState.PUBLISHED);
		article.setPublishedAt(Instant.parse("2026-11-22T03:00:00Z"));
		return article;
	}

}
