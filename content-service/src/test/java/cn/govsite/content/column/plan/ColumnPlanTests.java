package cn.govsite.content.column.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import cn.govsite.common.test.ServiceClient.Multipart;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying the built-in plans creates the whole tables: the expected numbers were counted
 * by hand in the seeds (000 annex: 96 rows; 002 二: 49 rows), see plans/README.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColumnPlanTests extends ContentIntegrationTest {

	private TestSite siteA;

	private TestSite siteB;

	private String adminA;

	private String adminB;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("渭滨区人民政府");
		this.siteB = siteFromEvent("海曙区人民政府");
		this.adminA = userWith(this.siteA, "site-admin");
		this.adminB = userWith(this.siteB, "site-admin");
	}

	@Test
	void listsTheBuiltInPlans() {
		Response list = api().get("/column-plans", userWith(this.siteA, "editor"), this.siteA.ref());
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().valueStream().map(p -> p.get("name").asString())).containsExactly("haishu", "weibin");
		assertThat(list.json().get(1).get("columns").asInt()).isEqualTo(120);
		assertThat(list.json().get(1).get("title").asString()).isEqualTo("渭滨区政府门户网站内容保障工作任务分解表");
	}

	@Test
	void applyingTheWeibinPlanCreatesTheWholeTable() {
		TestSite site = siteFromEvent("渭滨区政府门户");
		String admin = userWith(site, "site-admin");
		Response applied = api().post("/column-plans/weibin/apply", admin, site.ref(), Map.of());
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		assertThat(applied.json().get("created").asInt()).isEqualTo(120);

		Tally tally = Tally.of(api().get("/columns", admin, site.ref()).json());
		assertThat(tally.columns).isEqualTo(120);
		assertThat(tally.rows).isEqualTo(96);
		assertThat(tally.units).hasSize(42).contains("区政府办", "区各相关部门", "区数字化信息服务中心", "区职转营商办");
		assertThat(tally.rowsWithoutUnit).isZero();
		assertThat(tally.methods).isEqualTo(Map.of("DIRECT_PUBLISH", 70, "JUMP_LINK", 13, "PUBLISH_AFTER_REVIEW", 5,
				"DATA_INTERFACE", 3, "none", 5));
		assertThat(tally.cycles).isEqualTo(Map.of("REAL_TIME", 45, "EVERY_N_MONTHS", 22, "EVERY_N_WEEKS", 16,
				"AT_LEAST_YEARLY", 4, "REPLY_BY_DEADLINE", 3, "DAILY", 2, "YEARLY", 2, "WEEKLY", 1, "QUARTERLY", 1));
		assertThat(tally.cycleTexts).containsEntry("实时更新", 45)
			.containsEntry("每月至少1条", 21)
			.containsEntry("两周至少1条", 11)
			.containsEntry("每周至少1条", 5)
			.containsEntry("两月至少1条", 1);

		JsonNode tree = api().get("/columns/tree", admin, site.ref()).json();
		assertThat(tree.valueStream().map(c -> c.get("name").asString())).containsExactly("新闻", "政务", "服务", "互动", "区情",
				"专题专栏");
		JsonNode notices = tree.get(0).get("children").get(8);
		assertThat(notices.get("name").asString()).isEqualTo("公示公告");
		assertThat(notices.get("methodText").asString()).isEqualTo("政府办审核发布");
		assertThat(notices.get("category").asString()).isEqualTo("NOTICES");
		assertThat(notices.get("planName").asString()).isEqualTo("weibin");
	}

	@Test
	void applyingTheHaishuPlanCreatesTheWholeTable() {
		TestSite site = siteFromEvent("海曙区政府门户");
		String admin = userWith(site, "site-admin");
		Response applied = api().post("/column-plans/haishu/apply", admin, site.ref(), Map.of());
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);

		Tally tally = Tally.of(api().get("/columns", admin, site.ref()).json());
		assertThat(tally.columns).isEqualTo(58);
		assertThat(tally.rows).isEqualTo(49);
		assertThat(tally.units).hasSize(31).contains("区统计局", "各部门、各镇（乡）街道", "区信访局、各部门");
		assertThat(tally.methods).isEqualTo(Map.of("none", 49));
		assertThat(tally.cycles).isEqualTo(Map.of("WITHIN_N_MONTHS", 18, "WITHIN_N_YEARS", 13, "ON_CHANGE", 6,
				"WITHIN_N_WEEKS", 4, "REAL_TIME", 4, "MONTHLY", 2, "DAILY", 1, "REPLY_BY_DEADLINE", 1));
		assertThat(tally.cycleTexts).containsEntry("5个月内更新", 17)
			.containsEntry("1年内更新", 12)
			.containsEntry("1 年内更新", 1)
			.containsEntry("6个月内更新", 1);
	}

	@Test
	void aPlanIsAppliedOnceAndAllOrNothing() {
		TestSite site = siteFromEvent("重复应用");
		String admin = userWith(site, "site-admin");
		assertThat(api().post("/columns", admin, site.ref(), Map.of("name", "政民互动")).status()).isEqualTo(201);
		Response clash = api().post("/column-plans/haishu/apply", admin, site.ref(), Map.of());
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.json().get("detail").asString()).contains("政民互动");
		assertThat(api().get("/columns", admin, site.ref()).json()).hasSize(1);

		// a code taken deep in the tree rolls the whole plan back
		assertThat(api().post("/columns", admin, site.ref(), Map.of("name", "占用", "code", "taken")).status())
			.isEqualTo(201);
		String plan = plan("[{\"name\":\"顶层\",\"children\":[{\"name\":\"甲\"},{\"name\":\"乙\",\"code\":\"taken\"}]}]");
		Response rolledBack = upload(admin, site, plan, false);
		assertThat(rolledBack.status()).isEqualTo(409);
		assertThat(api().get("/columns", admin, site.ref()).json()).hasSize(2);
	}

	@Test
	void importsAnUploadedPlan() {
		TestSite site = siteFromEvent("导入方案");
		String admin = userWith(site, "site-admin");
		String plan = plan("[{\"name\":\"新闻中心\",\"category\":\"动态要闻\",\"children\":["
				+ "{\"name\":\"要闻\",\"unit\":\"办公室\",\"method\":\"直接发布\",\"cycle\":\"每日更新\"},"
				+ "{\"name\":\"国务院\",\"method\":\"JUMP_LINK\",\"url\":\"https://www.gov.cn/\",\"cycle\":\"实时更新\"}]}]");
		Response dryRun = upload(admin, site, plan, true);
		assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
		assertThat(dryRun.json().get("columns").asInt()).isEqualTo(3);
		assertThat(api().get("/columns", admin, site.ref()).json()).isEmpty();

		Response imported = upload(admin, site, plan, false);
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().get("created").asInt()).isEqualTo(3);
		JsonNode link = api().get("/columns/tree", admin, site.ref()).json().get(0).get("children").get(1);
		assertThat(link.get("linkUrl").asString()).isEqualTo("https://www.gov.cn/");
		assertThat(link.get("category").asString()).isEqualTo("DYNAMIC_NEWS");
	}

	@Test
	void aBadPlanFileIsReportedByPath() {
		String plan = plan("[{\"name\":\"甲\"},{\"name\":\"乙\"},{\"name\":\"丙\"},{\"name\":\"丁\",\"children\":["
				+ "{\"name\":\"子\"},{\"name\":\"错\",\"cycle\":\"想起来就更新\"}]}]");
		Response bad = upload(this.adminA, this.siteA, plan, false);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactly("columns[3].children[1].cycle");
		assertThat(upload(this.adminA, this.siteA, "{not json", false).errorFields()).containsExactly("");
		Response unknown = api().post("/column-plans/nonesuch/apply", this.adminA, this.siteA.ref(), Map.of());
		assertThat(unknown.status()).isEqualTo(404);
		Response noFile = api().upload("/column-plans/import", this.adminA, this.siteA.ref(),
				new Multipart().field("dryRun", "true"));
		assertThat(noFile.status()).isEqualTo(400);
		assertThat(noFile.errorFields()).containsExactly("file");
	}

	@Test
	void onlyTheSitesOwnAdminMayApplyPlans() {
		String editorA = userWith(this.siteA, "editor");
		assertThat(api().post("/column-plans/weibin/apply", editorA, this.siteA.ref(), Map.of()).status())
			.isEqualTo(403);
		assertThat(api().post("/column-plans/weibin/apply", this.adminB, this.siteA.ref(), Map.of()).status())
			.isEqualTo(403);
		assertThat(upload(this.adminB, this.siteA, plan("[{\"name\":\"越权\"}]"), false).status()).isEqualTo(403);
		assertThat(api().get("/columns", this.adminA, this.siteA.ref()).json()).isEmpty();
		assertThat(api().post("/column-plans/weibin/apply", null, this.siteA.ref(), Map.of()).status()).isEqualTo(401);
	}

	private static String plan(String columns) {
		return "{\"format\":\"govsite-column-plan\",\"version\":1,\"name\":\"uploaded\",\"columns\":" + columns + "}";
	}

	private Response upload(String token, TestSite site, String plan, boolean dryRun) {
		return api().upload("/column-plans/import?dryRun=" + dryRun, token, site.ref(),
				new Multipart().file("file", "plan.json", "application/json", plan.getBytes(StandardCharsets.UTF_8)));
	}

	/** Counts over a flat column list: rows are the columns without children. */
	record Tally(int columns, int rows, Set<String> units, int rowsWithoutUnit, Map<String, Integer> methods,
			Map<String, Integer> cycles, Map<String, Integer> cycleTexts) {

		static Tally of(JsonNode list) {
			Set<Long> parents = new HashSet<>();
			list.forEach(c -> {
				if (!c.get("parentId").isNull()) {
					parents.add(c.get("parentId").asLong());
				}
			});
			List<JsonNode> rows = new ArrayList<>();
			list.forEach(c -> {
				if (!parents.contains(c.get("id").asLong())) {
					rows.add(c);
				}
			});
			Set<String> units = new HashSet<>();
			Map<String, Integer> methods = new HashMap<>();
			Map<String, Integer> cycles = new HashMap<>();
			Map<String, Integer> texts = new HashMap<>();
			int withoutUnit = 0;
			for (JsonNode row : rows) {
				if (row.get("responsibleUnit").isNull()) {
					withoutUnit++;
				}
				else {
					units.add(row.get("responsibleUnit").asString());
				}
				methods.merge(row.get("method").isNull() ? "none" : row.get("method").asString(), 1, Integer::sum);
				cycles.merge(row.get("cycle").get("kind").asString(), 1, Integer::sum);
				texts.merge(row.get("cycle").get("text").asString(), 1, Integer::sum);
			}
			return new Tally(list.size(), rows.size(), units, withoutUnit, methods, cycles, texts);
		}

	}

}
