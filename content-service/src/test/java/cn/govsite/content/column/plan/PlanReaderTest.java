package cn.govsite.content.column.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.content.column.CycleKind;
import cn.govsite.content.column.GuaranteeMethod;
import cn.govsite.content.column.InspectionCategory;

import static org.assertj.core.api.Assertions.assertThat;

class PlanReaderTest {

	private static PlanReader.Result read(String json) {
		return PlanReader.read(json.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> problemFields(String json) {
		PlanReader.Result result = read(json);
		assertThat(result.valid()).isFalse();
		return result.problems().stream().map(FieldViolation::field).toList();
	}

	private static final String HEAD = "{\"format\":\"govsite-column-plan\",\"version\":1,\"name\":\"demo\",";

	@Test
	void readsATreeAndLetsChildrenInheritTheCategory() {
		PlanReader.Result result = read(
				HEAD + """
						"columns":[{"name":"新闻","category":"DYNAMIC_NEWS","children":[
						  {"name":"今日要闻","unit":"区政府办","method":"直接发布","cycle":"每日更新"},
						  {"name":"通知","category":"通知公告","method":"PUBLISH_AFTER_REVIEW","methodText":"政府办审核发布","cycle":"两周至少1条"}]}]}
						""");
		assertThat(result.problems()).isEmpty();
		ColumnPlan plan = result.plan();
		assertThat(plan.size()).isEqualTo(3);
		PlanColumn today = plan.columns().get(0).children().get(0);
		assertThat(today.spec().category()).isEqualTo(InspectionCategory.DYNAMIC_NEWS);
		assertThat(today.spec().method()).isEqualTo(GuaranteeMethod.DIRECT_PUBLISH);
		assertThat(today.spec().cycle().kind()).isEqualTo(CycleKind.DAILY);
		PlanColumn notices = plan.columns().get(0).children().get(1);
		assertThat(notices.spec().category()).isEqualTo(InspectionCategory.NOTICES);
		assertThat(notices.spec().cycle().count()).isEqualTo(2);
		assertThat(notices.spec().sortOrder()).isEqualTo(1);
		assertThat(notices.path()).isEqualTo("columns[0].children[1]");
	}

	@Test
	void reportsEveryProblemAtItsPath() {
		assertThat(problemFields(HEAD + """
				"columns":[{"name":"甲"},{"name":"乙"},{"name":"丙"},{"name":"丁","children":[
				  {"name":"子一"},{"name":"子二","cycle":"偶尔更新","method":"乱发","colour":"red"}]}]}
				""")).containsExactlyInAnyOrder("columns[3].children[1].colour", "columns[3].children[1].method",
				"columns[3].children[1].cycle");
	}

	@Test
	void checksTheHeaderNamesSiblingsCodesAndLinks() {
		assertThat(problemFields("""
				{"format":"other","version":2,"name":"Bad Name","columns":[
				  {"name":"同名","code":"a"},{"name":"同名","code":"a"},{"name":"","url":"https://x.cn/"},
				  {"name":"链接","method":"JUMP_LINK","url":"ftp://x.cn/"},{"name":7}]}
				""")).containsExactlyInAnyOrder("format", "version", "name", "columns[1].name", "columns[1].code",
				"columns[2].name", "columns[2].linkUrl", "columns[3].linkUrl", "columns[4].name", "columns[4].name");
	}

	@Test
	void refusesWhatIsNotAPlan() {
		assertThat(problemFields("{\"columns\": ")).containsExactly("");
		assertThat(problemFields("[]")).containsExactly("");
		assertThat(problemFields(HEAD + "\"columns\":[]}")).containsExactly("columns");
		assertThat(problemFields(HEAD + "\"columns\":[{\"name\":\"甲\",\"children\":{}}, 3]}"))
			.containsExactly("columns[0].children", "columns[1]");
	}

	@Test
	void refusesTreesDeeperThanEightLevels() {
		String deep = "{\"name\":\"层\"}";
		for (int i = 0; i < 8; i++) {
			deep = "{\"name\":\"层\",\"children\":[" + deep + "]}";
		}
		assertThat(problemFields(HEAD + "\"columns\":[" + deep + "]}"))
			.containsExactly("columns[0]" + ".children[0]".repeat(8));
	}

	@Test
	void theBuiltInPlansAreTheWholeTables() {
		ColumnPlanCatalog catalog = new ColumnPlanCatalog();
		assertThat(catalog.all()).extracting(ColumnPlan::name).containsExactly("haishu", "weibin");
		Tally weibin = Tally.of(catalog.find("weibin").orElseThrow());
		assertThat(weibin.columns).isEqualTo(120);
		assertThat(weibin.rows).isEqualTo(96);
		Tally haishu = Tally.of(catalog.find("haishu").orElseThrow());
		assertThat(haishu.columns).isEqualTo(58);
		assertThat(haishu.rows).isEqualTo(49);
	}

	/**
	 * Counts of a plan: all columns, and rows of the table (columns without children).
	 */
	record Tally(int columns, int rows, Map<String, Integer> cycles) {

		static Tally of(ColumnPlan plan) {
			List<PlanColumn> rows = new ArrayList<>();
			Map<String, Integer> cycles = new HashMap<>();
			plan.forEach(column -> {
				if (column.children().isEmpty()) {
					rows.add(column);
					cycles.merge(column.spec().cycle().kind().name(), 1, Integer::sum);
				}
			});
			return new Tally(plan.size(), rows.size(), cycles);
		}

	}

}
