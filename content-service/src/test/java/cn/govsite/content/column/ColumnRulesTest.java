package cn.govsite.content.column;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnRulesTest {

	private static ColumnSpec spec(String name, String code, GuaranteeMethod method, String url) {
		return new ColumnSpec(name, code, null, null, method, null, null, null, url, 0);
	}

	private static List<String> fields(ColumnSpec spec) {
		return ColumnRules.check(spec, "x.").stream().map(FieldViolation::field).toList();
	}

	@Test
	void aNamedColumnIsValid() {
		assertThat(ColumnRules.check(ColumnSpec.named("工作动态"), "")).isEmpty();
	}

	@Test
	void namesCodesAndLinksAreChecked() {
		assertThat(fields(spec(" ", null, null, null))).containsExactly("x.name");
		assertThat(fields(spec("栏".repeat(31), null, null, null))).containsExactly("x.name");
		assertThat(fields(spec("新闻", "News_1", null, null))).containsExactly("x.code");
		assertThat(fields(spec("新闻", "news-1", null, null))).isEmpty();
		assertThat(fields(spec("链接", null, GuaranteeMethod.DIRECT_PUBLISH, "https://www.gov.cn/")))
			.containsExactly("x.linkUrl");
		assertThat(fields(spec("链接", null, GuaranteeMethod.JUMP_LINK, "javascript:alert(1)")))
			.containsExactly("x.linkUrl");
		assertThat(fields(spec("链接", null, GuaranteeMethod.JUMP_LINK, "https://www.gov.cn/"))).isEmpty();
	}

	@Test
	void statedCyclesMethodsAndCategoriesMustBeKnown() {
		List<FieldViolation> problems = new ArrayList<>();
		assertThat(ColumnRules.cycle(null, null, "两周至少1条", "cycle", problems)).isPresent();
		assertThat(ColumnRules.cycle("EVERY_N_WEEKS", 0, null, "cycle", problems)).isEmpty();
		assertThat(ColumnRules.cycle(null, null, "偶尔", "cycle2", problems)).isEmpty();
		assertThat(ColumnRules.method("乱写", null, "method", problems)).isNull();
		assertThat(ColumnRules.category("乱写", InspectionCategory.STATIC, "category", problems))
			.isEqualTo(InspectionCategory.STATIC);
		assertThat(problems).extracting(FieldViolation::field).containsExactly("cycle", "cycle2", "method", "category");
	}

	@Test
	void generatedCodesAreStableAndAvoidTakenOnes() {
		String first = ColumnCodes.generate(null, "工作动态", code -> false);
		assertThat(first).matches(ColumnRules.CODE).isEqualTo(ColumnCodes.generate(null, "工作动态", code -> false));
		assertThat(ColumnCodes.generate(3L, "工作动态", code -> false)).isNotEqualTo(first);
		assertThat(ColumnCodes.generate(null, "工作动态", first::equals)).isEqualTo(first + "-2");
		assertThat(ColumnCodes.generate(null, "News Center", code -> false)).isEqualTo("news-center");
	}

}
