package cn.govsite.content.interaction.mailbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govsite.content.interaction.mailbox.MonthlyStats.Row;

import static org.assertj.core.api.Assertions.assertThat;

/** The month's figures from message rows. */
class MonthlyStatsTest {

	private static final LocalDate DUE = LocalDate.parse("2026-11-13");

	@Test
	void countsRatesAndTheAverage() {
		List<Row> rows = List.of(new Row(MessageState.PUBLISHED, DUE, LocalDate.parse("2026-11-06"), 0),
				new Row(MessageState.REPLIED, DUE, LocalDate.parse("2026-11-09"), 1),
				new Row(MessageState.PRIVATE, DUE, LocalDate.parse("2026-11-13"), 5),
				new Row(MessageState.REPLIED, DUE, LocalDate.parse("2026-11-16"), 6),
				new Row(MessageState.REJECTED, DUE, null, null), new Row(MessageState.ACCEPTED, DUE, null, null),
				new Row(MessageState.SUBMITTED, LocalDate.parse("2026-12-04"), null, null));
		MonthlyStats stats = MonthlyStats.of(YearMonth.of(2026, 11), rows, LocalDate.parse("2026-12-01"));
		assertThat(stats.received()).isEqualTo(7);
		assertThat(stats.rejected()).isEqualTo(1);
		assertThat(stats.answered()).isEqualTo(4);
		assertThat(stats.onTime()).isEqualTo(3);
		assertThat(stats.sameDay()).isEqualTo(1);
		assertThat(stats.withinThreeDays()).isEqualTo(2);
		assertThat(stats.open()).isEqualTo(2);
		assertThat(stats.overdue()).isEqualTo(1);
		assertThat(stats.averageWorkingDays()).isEqualByComparingTo(new BigDecimal("3.0"));
		assertThat(stats.onTimeRate()).isEqualByComparingTo(new BigDecimal("75.0"));
		assertThat(stats.sameDayRate()).isEqualByComparingTo(new BigDecimal("25.0"));
	}

	@Test
	void aMonthWithoutAnswersHasNoRates() {
		MonthlyStats stats = MonthlyStats.of(YearMonth.of(2026, 10), List.of(), LocalDate.parse("2026-12-01"));
		assertThat(stats.received()).isZero();
		assertThat(stats.averageWorkingDays()).isNull();
		assertThat(stats.onTimeRate()).isNull();
	}

}
