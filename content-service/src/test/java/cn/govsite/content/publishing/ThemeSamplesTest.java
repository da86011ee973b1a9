package cn.govsite.content.publishing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.interaction.knowledge.KnowledgeEntry;
import cn.govsite.content.interaction.mailbox.Mailbox;
import cn.govsite.content.interaction.mailbox.MailboxMessage;
import cn.govsite.content.interaction.mailbox.MonthlyStats;
import cn.govsite.content.interaction.survey.Survey;
import cn.govsite.content.interaction.survey.QuestionKind;
import cn.govsite.content.interaction.survey.SurveyKind;
import cn.govsite.content.interaction.survey.SurveyQuestion;
import cn.govsite.content.site.SiteFacts;
import cn.govsite.content.template.RenderSet;
import cn.govsite.content.item.ContentType;
import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.item.PolicyDocumentFields;
import cn.govsite.content.item.ResourceRef;
import cn.govsite.content.item.ServiceGuideFields;
import cn.govsite.content.template.SiteTemplates;
import cn.govsite.content.template.TemplateName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default theme's pages for a realistic site: breadcrumb, navigation from the column
 * tree, the footer with the site's identity, the 关怀版 switch, no ads or pop-ups. The pages
 * are also written to {@code target/theme-samples/}, where
 * {@code console/e2e/theme-a11y.test.mjs} checks them with axe-core in Chromium.
 */
class ThemeSamplesTest {

	static final Path SAMPLES = Path.of("target", "theme-samples");

	private final RenderSet set = SiteTemplates.defaults();

	private final SiteFacts facts = new SiteFacts(7, "zjj", "市住房和城乡建设局", "DEPARTMENT", 1L, "zjj.gov.localhost");

	@Test
	void theDefaultThemeRendersEveryKindOfPageWithTheSitesIdentity() throws IOException {
		SiteIdentity identity = new SiteIdentity();
		identity.setSponsorUnit("某某市住房和城乡建设局");
		identity.setOrganizerUnit("某某市住房和城乡建设局办公室");
		identity.setSiteIdentifier("3301000012");
		identity.setIcpRecord("浙ICP备05001612号-1");
		identity.setPoliceRecord("浙公网安备33010002000001号");
		identity.setPartyGovLabel(true);
		identity.setChineseDomain("某某市住房和城乡建设局.政务");
		SiteColumn affairs = column(1, null, "政务公开", 1);
		SiteColumn notices = column(2, 1L, "通知公告", 1);
		SiteColumn news = column(3, null, "新闻中心", 2);
		SiteColumn service = column(4, null, "办事服务", 3);
		ColumnTree tree = new ColumnTree(Map.of(1L, affairs, 2L, notices, 3L, news, 4L, service));
		PageModels.Frame frame = PageModels.Frame.of(this.facts, identity, tree.topLevel());
		List<Article> articles = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			articles.add(article(100 + i, (i % 2 == 0) ? 2L : 3L, "关于做好2026年第" + i + "批保障性住房分配工作的通知"));
		}

		Map<String, Object> home = PageModels.homePage(frame, articles.subList(0, 8), tree.byId(),
				List.of(new PageModels.Block(affairs, articles.subList(0, 4)),
						new PageModels.Block(news, articles.subList(4, 8)), new PageModels.Block(service, List.of())));
		home.put("notices",
				List.of(Map.of("kind", "OPENING", "title", "关于市数据局网站正式上线的公告", "body",
						"市数据局网站（sjj.gov.localhost）已于2026-12-01正式上线运行，欢迎访问。", "link", "http://sjj.gov.localhost/",
						"date", "2026-12-01"),
						Map.of("kind", "OFFLINE", "title", "关于市档案馆网站临时下线的公告", "body", "因机房搬迁临时下线。预计于2026-12-09恢复访问。",
								"link", "", "date", "2026-12-02")));
		Map<String, String> pages = Map.of("home", render(TemplateName.HOME, home), "column",
				render(TemplateName.COLUMN,
						PageModels.columnPage(frame, tree.path(2), articles,
								new PageModels.Pager("第 2 页", "/columns/2/list-3.html", "/columns/2/list-1.html"))),
				"article", render(TemplateName.ARTICLE, PageModels.articlePage(frame, tree.path(2), articles.get(0))),
				"policy", render(TemplateName.ARTICLE, PageModels.articlePage(frame, tree.path(2), policy())), "guide",
				render(TemplateName.SERVICE_GUIDE, PageModels.articlePage(frame, tree.path(4), guide())), "sitemap",
				render(TemplateName.SITE_MAP, PageModels.siteMap(frame, tree.childrenByParent())), "404",
				render(TemplateName.ERROR, PageModels.plainPage(frame)), "search",
				render(TemplateName.SEARCH, PageModels.plainPage(frame)), "interaction",
				render(TemplateName.INTERACTION, interaction(frame)));

		for (String html : pages.values()) {
			assertThat(html)
				.contains("<html lang=\"zh-CN\">", "name=\"viewport\"", "跳到正文", "aria-label=\"主导航\"",
						"href=\"/columns/1/\">政务公开</a>", "href=\"/sitemap.html\"", "主办单位：某某市住房和城乡建设局",
						"承办单位：某某市住房和城乡建设局办公室", "网站标识码：3301000012", "浙ICP备05001612号-1", "浙公网安备33010002000001号", "党政机关网站",
						"中文域名：某某市住房和城乡建设局.政务", "id=\"care-switch\"", "<label for=\"care-switch\">关怀版</label>",
						"<a href=\"/interaction/\">政民互动</a>")
				// No ads, pop-ups or third-party embeds.
				.doesNotContain("<iframe", "window.open", "alert(", "<embed", "<object");
		}
		assertThat(pages.get("article")).contains("<a href=\"/columns/1/\">政务公开</a>",
				"<a href=\"/columns/2/\">通知公告</a>", "aria-current=\"page\">正文");
		assertThat(pages.get("home")).contains("<h2 id=\"notices\">网站公告</h2>", "关于市档案馆网站临时下线的公告",
				"<a href=\"http://sjj.gov.localhost/\">关于市数据局网站正式上线的公告</a>");
		assertThat(pages.get("policy")).contains("<th scope=\"row\">文号</th><td>某住建发〔2026〕8号</td>", "已修改（2026-11-25）",
				"<a href=\"/assets/301/content\">分配细则.pdf</a>");
		assertThat(pages.get("guide")).contains("<caption>申请材料</caption>", "<td>网上预审/申报</td>");
		assertThat(pages.get("column")).contains("aria-label=\"分页\"", "较早信息", "较新信息", "第 2 页");
		assertThat(pages.get("interaction"))
			.contains("<h1>政民互动</h1>", "aria-current=\"page\">政民互动", "给“领导信箱”写信", "<label for=\"w1-body\">内容",
					"办理时限：3 个工作日", "<th scope=\"row\">2026年11月</th>", "<td data-stat=\"onTimeRate\">87.5%</td>",
					"<td data-stat=\"averageWorkingDays\">2.4</td>", "<td data-stat=\"averageWorkingDays\">—</td>",
					"电梯的咨询", "市住房和城乡建设局房产处", "138******78", "<p>第二段</p>", "[意见征集] 《住房租赁管理办法（征求意见稿）》",
					"<script src=\"/assets/interaction.js\" defer></script>")
			// 常见问题 from the knowledge base.
			.contains("<span class=\"topic\">[住房保障]</span>公租房申请需要哪些条件？", "<p>在本市无自有住房。</p>")
			// An open survey's questions as an answer form, options by index.
			.contains("data-survey=\"31\"", "<legend>1. 您是否支持设立租赁价格指导区间？", "type=\"radio\" value=\"2\"",
					"<label for=\"s31-q41-o1\">不支持</label>", "（可多选）", "type=\"checkbox\" value=\"3\"",
					"<label class=\"sr\" for=\"s31-q43-text\">第 3 题的回答</label>")
			// Citizens' text is escaped, and the page has no inline script.
			.contains("&lt;b&gt;加装&lt;/b&gt;")
			.doesNotContain("<b>加装", "<script>");
		assertThat(pages.get("search")).contains("<form role=\"search\" action=\"/search.html\"",
				"<script src=\"/assets/search.js\" defer></script>");
		assertThat(pages.get("sitemap")).contains("<a href=\"/columns/2/\">通知公告</a>");
		assertThat(pages.get("sitemap").indexOf("通知公告")).isGreaterThan(pages.get("sitemap").indexOf("政务公开"));

		Files.createDirectories(SAMPLES);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			Files.writeString(SAMPLES.resolve(page.getKey() + ".html"), page.getValue(), StandardCharsets.UTF_8);
		}
	}

	/** A policy document amended since, with its full text attached. */
	private static Article policy() {
		Article document = article(201, 2L, "关于印发保障性住房分配管理办法的通知");
		document.setContentType(ContentType.POLICY_DOCUMENT);
		document.setTypeData(ItemTypes.STANDARD.write(new PolicyDocumentFields("某住建发〔2026〕8号", "某某市住房和城乡建设局",
				LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5), PolicyDocumentFields.Validity.AMENDED,
				LocalDate.of(2026, 11, 25), "第五条已修改", "住房保障", true)));
		document.setAttachments(ItemTypes.STANDARD
			.writeAttachments(List.of(new ResourceRef(301L, ResourceRef.Purpose.ATTACHMENT, "分配细则.pdf"))));
		return document;
	}

	/** 办事指南 with two materials, one with its blank form. */
	private static Article guide() {
		Article guide = article(202, 4L, "公共租赁住房申请");
		guide.setContentType(ContentType.SERVICE_GUIDE);
		guide.setTypeData(ItemTypes.STANDARD.write(new ServiceGuideFields("《公共租赁住房管理办法》", "本市户籍、住房困难家庭",
				List.of(new ServiceGuideFields.Material("申请表", true, 1,
						new ResourceRef(302L, ResourceRef.Purpose.TEMPLATE, null), "申请人签字"),
						new ServiceGuideFields.Material("收入证明", true, 1, null, null)),
				"申请、审核、公示、轮候", "20个工作日", "不收费", "市民中心住房窗口", "0571-12345678",
				ServiceGuideFields.OnlineLevel.ONLINE_APPLY, null)));
		return guide;
	}

	/** 政民互动 with the four mailboxes, two months of figures, a letter and a survey. */
	private static Map<String, Object> interaction(PageModels.Frame frame) {
		List<Mailbox> mailboxes = new ArrayList<>();
		String[][] boxes = { { "leader", "领导信箱" }, { "consult", "咨询" }, { "complaint", "投诉" }, { "report", "举报" } };
		for (int i = 0; i < boxes.length; i++) {
			Mailbox mailbox = new Mailbox();
			mailbox.setId(10L + i);
			mailbox.setCode(boxes[i][0]);
			mailbox.setName(boxes[i][1]);
			mailbox.setDeadlineDays((i == 1) ? 3 : 5);
			mailbox.setEnabled(true);
			mailboxes.add(mailbox);
		}
		List<MonthlyStats> stats = List.of(
				new MonthlyStats(YearMonth.of(2026, 12), 0, 0, 0, 0, 0, 0, 0, 0, null, null, null),
				new MonthlyStats(YearMonth.of(2026, 11), 9, 1, 8, 7, 2, 5, 0, 0, new BigDecimal("2.4"),
						new BigDecimal("87.5"), new BigDecimal("25.0")));
		MailboxMessage letter = new MailboxMessage();
		letter.setId(501L);
		letter.setMailboxId(11L);
		letter.setPublicTitle("关于老旧小区<b>加装</b>电梯的咨询");
		letter.setPublicBody("我家小区建于1995年，想了解加装电梯的补助政策。联系电话138******78。\n第二段");
		letter.setPublicReply("根据《既有住宅加装电梯实施办法》，每台补助20万元，请向所在街道提出申请。");
		letter.setUnit("市住房和城乡建设局房产处");
		letter.setReceivedOn(LocalDate.of(2026, 11, 16));
		letter.setRepliedOn(LocalDate.of(2026, 11, 18));
		Survey survey = new Survey();
		survey.setId(31L);
		survey.setKind(SurveyKind.CONSULTATION);
		survey.setTitle("《住房租赁管理办法（征求意见稿）》");
		survey.setDescription("欢迎社会各界提出意见和建议。");
		survey.setOpensAt(Instant.parse("2026-11-20T00:00:00Z"));
		survey.setClosesAt(Instant.parse("2026-12-20T00:00:00Z"));
		survey.setAnonymousAllowed(true);
		List<SurveyQuestion> questions = List.of(
				question(41, QuestionKind.SINGLE, "您是否支持设立租赁价格指导区间？", "支持\n不支持\n说不清", true),
				question(42, QuestionKind.MULTIPLE, "您最关心哪些方面？", "租金\n押金\n维修\n合同", false),
				question(43, QuestionKind.TEXT, "其他意见和建议", null, false));
		KnowledgeEntry entry = new KnowledgeEntry();
		entry.setId(61L);
		entry.setTopic("住房保障");
		entry.setQuestion("公租房申请需要哪些条件？");
		entry.setAnswer("本市户籍、家庭人均收入低于规定标准。\n在本市无自有住房。");
		return InteractionPage.withKnowledge(InteractionPage.of(frame, mailboxes, stats, List.of(letter),
				List.of(survey), Map.of(31L, questions), LocalDate.of(2026, 12, 1), 100, 5000), List.of(entry));
	}

	private static SurveyQuestion question(long id, QuestionKind kind, String text, String options, boolean required) {
		SurveyQuestion question = new SurveyQuestion();
		question.setId(id);
		question.setSurveyId(31L);
		question.setKind(kind);
		question.setText(text);
		question.setOptions(options);
		question.setRequired(required);
		return question;
	}

	private String render(TemplateName name, Map<String, Object> model) {
		return new String(this.set.render(name, model), StandardCharsets.UTF_8);
	}

	private static SiteColumn column(long id, Long parent, String name, int order) {
		SiteColumn column = new SiteColumn();
		column.setId(id);
		column.setParentId(parent);
		column.setName(name);
		column.setSortOrder(order);
		return column;
	}

	private static Article article(long id, long column, String title) {
		Article article = new Article();
		article.setId(id);
		article.setColumnId(column);
		article.setTitle(title);
		article.setBody("<p>为进一步做好保障性住房分配工作，现将有关事项通知如下。</p><h2>一、分配对象</h2><p>符合条件的住房困难家庭。</p>");
		article.setSource("市住房和城乡建设局");
		article.setState(ArticleState.PUBLISHED);
		article.setPublishedAt(Instant.parse("2026-11-22T03:00:00Z").plusSeconds(id * 3600));
		return article;
	}

}
