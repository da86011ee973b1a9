package cn.govsite.content.column;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UpdateCycleTest {

	@ParameterizedTest(name = "{0} → {1} {2}, max silence {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			每日更新         | DAILY             | 0 | P1D
			每周更新         | WEEKLY            | 0 | P7D
			每周至少1条      | EVERY_N_WEEKS     | 1 | P7D
			两周至少1条      | EVERY_N_WEEKS     | 2 | P14D
			每月至少1条      | EVERY_N_MONTHS    | 1 | P1M
			两月至少1条      | EVERY_N_MONTHS    | 2 | P2M
			按月更新         | MONTHLY           | 0 | P1M
			每季度至少1条    | QUARTERLY         | 0 | P3M
			一年一次         | YEARLY            | 0 | P1Y
			每年至少更新一次 | AT_LEAST_YEARLY   | 0 | P1Y
			2周内更新        | WITHIN_N_WEEKS    | 2 | P14D
			5个月内更新      | WITHIN_N_MONTHS   | 5 | P5M
			6个月内更新      | WITHIN_N_MONTHS   | 6 | P6M
			1 年内更新       | WITHIN_N_YEARS    | 1 | P1Y
			1年内更新        | WITHIN_N_YEARS    | 1 | P1Y
			3天内更新        | WITHIN_N_DAYS     | 3 | P3D
			有变动时更新     | ON_CHANGE         | 0 | -
			实时更新         | REAL_TIME         | 0 | -
			及时更新         | REAL_TIME         | 0 | -
			按期答复         | REPLY_BY_DEADLINE | 0 | -
			及时处理         | REPLY_BY_DEADLINE | 0 | -
			每周             | WEEKLY            | 0 | P7D
			每天             | DAILY             | 0 | P1D
			实时             | REAL_TIME         | 0 | -
			有变化时         | ON_CHANGE         | 0 | -
			""")
	void readsEveryWordingOfTheTables(String text, CycleKind kind, int count, String silence) {
		UpdateCycle cycle = UpdateCycle.parse(text).orElseThrow();
		assertThat(cycle.kind()).isEqualTo(kind);
		assertThat(cycle.count()).isEqualTo(count);
		assertThat(cycle.text()).isEqualTo(text);
		assertThat(cycle.maxSilence()).isEqualTo(java.util.Optional.ofNullable(silence).map(Period::parse));
	}

	@ParameterizedTest
	@CsvSource({ "随便写写", "周", "至少1条", "周内更新", "按期答复更新", "'   '" })
	void unknownWordingIsNotACycle(String text) {
		assertThat(UpdateCycle.parse(text)).isEmpty();
	}

	@Test
	void nullIsNotACycle() {
		assertThat(UpdateCycle.parse(null)).isEmpty();
	}

	@Test
	void countedKindsNeedACountAndOthersDropIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateCycle.of(CycleKind.EVERY_N_WEEKS, 0));
		assertThat(UpdateCycle.of(CycleKind.DAILY, 5).count()).isZero();
		assertThat(UpdateCycle.of(CycleKind.EVERY_N_MONTHS, 3).maxSilence()).contains(Period.ofMonths(3));
	}

	@Test
	void methodsAndCategoriesReadCodesAndLabels() {
		assertThat(GuaranteeMethod.parse("审核发布")).contains(GuaranteeMethod.PUBLISH_AFTER_REVIEW);
		assertThat(GuaranteeMethod.parse("CO_BUILT")).contains(GuaranteeMethod.CO_BUILT);
		assertThat(GuaranteeMethod.parse("授权维护")).contains(GuaranteeMethod.AUTHORIZED_MAINTENANCE);
		assertThat(GuaranteeMethod.parse("及时查收")).isEmpty();
		assertThat(InspectionCategory.parse("通知公告")).contains(InspectionCategory.NOTICES);
		assertThat(InspectionCategory.parse("NEWS")).isEmpty();
	}

}
