package cn.govsite.content.bulkimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportRowsTest {

	@Test
	void readsChineseHeadersDatesAndValidity() {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("标题", "关于印发方案的通知");
		cells.put("正文", "正文");
		cells.put("类型", "政策文件");
		cells.put("成文日期", "2026年3月1日");
		cells.put("发布日期", "2026/3/5");
		cells.put("有效性", "已废止");
		cells.put("重大敏感", "否");
		ImportRows.Result result = ImportRows.read(List.of(new SourceRow(2, cells)));
		assertThat(result.problems()).isEmpty();
		ImportItem item = result.items().get(0);
		assertThat(item.fields()).containsEntry("writtenOn", "2026-03-01")
			.containsEntry("publishedOn", "2026-03-05")
			.containsEntry("validity", "ABOLISHED");
		assertThat(item.major()).isFalse();
	}

	@Test
	void collectsEveryProblemByRowAndField() {
		List<SourceRow> rows = List.of(new SourceRow(2, Map.of("标题", "", "正文", "x", "成文日期", "昨天")),
				new SourceRow(3, Map.of("title", "t", "body", "b", "major", "maybe", "colour", "red")));
		ImportRows.Result result = ImportRows.read(rows);
		assertThat(result.problems()).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("rows[2].fields.writtenOn", "rows[2].title", "rows[3].major", "rows[3].colour");
	}

	@Test
	void readsCsvAndRefusesMalformedOnes() {
		List<SourceRow> rows = ImportTable.read(ImportFormat.CSV,
				"\uFEFF标题,正文\n甲,\"多行\n正文\"\n乙,丙\n".getBytes(StandardCharsets.UTF_8), 10);
		assertThat(rows).extracting(SourceRow::number).containsExactly(2, 3);
		assertThat(rows.get(0).cells()).containsEntry("正文", "多行\n正文");
		assertThatThrownBy(() -> ImportTable.read(ImportFormat.CSV, "标题\n\"甲\n".getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOf(GovsiteException.class);
		assertThatThrownBy(() -> ImportTable.read(ImportFormat.JSON, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOf(GovsiteException.class);
	}

	@Test
	void datesInSeveralWritings() {
		assertThat(ImportRows.date("2026-03-01")).contains(LocalDate.of(2026, 3, 1));
		assertThat(ImportRows.date("2026.3.1")).contains(LocalDate.of(2026, 3, 1));
		assertThat(ImportRows.date("2026-02-30")).isEmpty();
	}

}
