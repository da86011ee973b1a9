package cn.govsite.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.item.ContentType;
import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.item.PolicyDocumentFields;
import cn.govsite.content.item.PolicyInterpretationFields;
import cn.govsite.content.item.ResourceRef;
import cn.govsite.content.item.ServiceGuideFields;
import cn.govsite.content.site.SiteFacts;
import cn.govsite.content.template.TemplateName;

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

	@Test
	void aPolicyDocumentShowsItsNumberAuthorityDatesAndValidityAndItsAttachments() {
		Article document = article("关于加强校外培训管理的通知");
		document.setContentType(ContentType.POLICY_DOCUMENT);
		document.setTypeData(ItemTypes.STANDARD.write(new PolicyDocumentFields("示教发〔2026〕12号", "示范市教育局",
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), PolicyDocumentFields.Validity.ABOLISHED,
				LocalDate.of(2026, 11, 20), "被示教发〔2026〕30号废止", "教育", false)));
		document.setAttachments(ItemTypes.STANDARD
			.writeAttachments(List.of(new ResourceRef(77L, ResourceRef.Purpose.ATTACHMENT, "通知全文 <PDF>"),
					new ResourceRef(78L, ResourceRef.Purpose.IMAGE, null))));
		String html = render("article.ftlh", PageModels.articlePage(this.site, column(), document));
		assertThat(html).contains("<p class=\"kind\">政策文件</p>", "<th scope=\"row\">文号</th><td>示教发〔2026〕12号</td>",
				"<td>示范市教育局</td>", "<td>2026-11-01</td>", "<td>2026-11-03</td>", "<td>已废止（2026-11-20）</td>",
				"<span class=\"validity abolished\">已废止</span>", "<a href=\"/assets/77/content\">通知全文 &lt;PDF&gt;</a>")
			// Pictures of the body are not listed as attachments.
			.doesNotContain("/assets/78/content");
	}

	@Test
	void aServiceGuideHasItsOwnTemplateWithElementsAndMaterials() {
		Article guide = article("义务教育入学登记");
		guide.setContentType(ContentType.SERVICE_GUIDE);
		guide.setTypeData(ItemTypes.STANDARD.write(new ServiceGuideFields("《义务教育法》", "适龄儿童",
				List.of(new ServiceGuideFields.Material("户口簿", true, 1,
						new ResourceRef(90L, ResourceRef.Purpose.TEMPLATE, null), "原件"),
						new ServiceGuideFields.Material("房产证明", false, null, null, null)),
				"网上登记、学校审核", "5个工作日", "不收费", "各学校", "0917-1234567", ServiceGuideFields.OnlineLevel.FULLY_ONLINE,
				"https://zwfw.example.gov.cn/")));
		assertThat(TypedItems.templateOf(guide)).isEqualTo(TemplateName.SERVICE_GUIDE);
		String html = render(TemplateName.SERVICE_GUIDE.file(), PageModels.articlePage(this.site, column(), guide));
		assertThat(html).contains("<th scope=\"row\">受理条件</th><td>适龄儿童</td>", "<td>全程网办</td>",
				"<caption>申请材料</caption>", "<td>户口簿</td><td>必需</td><td>1 份</td><td>原件</td>",
				"<a href=\"/assets/90/content\">下载", "<td>房产证明</td><td>非必需</td>",
				"<a href=\"https://zwfw.example.gov.cn/\">在线办理</a>");
	}

	@Test
	void anInterpretationLinksItsDocumentAndAnArchivedItemSaysSo() {
		Article interpretation = article("图解：校外培训管理通知");
		interpretation.setContentType(ContentType.POLICY_INTERPRETATION);
		interpretation.setTypeData(
				ItemTypes.STANDARD.write(new PolicyInterpretationFields(12L, PolicyInterpretationFields.Form.GRAPHIC)));
		interpretation.setArchivedAt(Instant.parse("2026-11-30T02:00:00Z"));
		assertThat(TypedItems.templateOf(interpretation)).isEqualTo(TemplateName.INTERPRETATION);
		Map<String, Object> model = PageModels.articlePage(this.site, column(), interpretation);
		@SuppressWarnings("unchecked")
		Map<String, Object> item = (Map<String, Object>) model.get("article");
		item.put("related", List.of(Map.of("title", "关于加强校外培训管理的通知", "path", "/articles/11.html")));
		String html = render(TemplateName.INTERPRETATION.file(), model);
		assertThat(html).contains("本文解读：<a href=\"/articles/11.html\">关于加强校外培训管理的通知</a>", "<td>图文解读</td>",
				"本页面已归档（归档日期：2026-11-30）");
		assertThat(TypedItems.templateOf(article("普通新闻"))).isEqualTo(TemplateName.ARTICLE);
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
