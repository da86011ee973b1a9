package cn.govsite.content.interaction.mailbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 办理情况统计 — one month of a site's mailboxes, by the day messages were received: received,
 * answered, answered on time (by the deadline day), answered the same day, the average
 * working days to answer, and the rates the assessment reads (004: answered within 3
 * working days; the aim is the same day). Plain Java over the month's rows.
 *
 * @param month the month
 * @param received messages received in the month, rejected ones included
 * @param rejected of those, not accepted (不予受理)
 * @param answered of those, answered (whenever)
 * @param onTime answered by their deadline day
 * @param sameDay answered on the day they were received
 * @param withinThreeDays answered within 3 working days
 * @param open still waiting for an answer
 * @param overdue waiting past their deadline
 * @param averageWorkingDays mean working days to answer, one decimal; null with no answer
 * @param onTimeRate onTime / answered in percent, one decimal; null with no answer
 * @param sameDayRate sameDay / answered in percent, one decimal; null with no answer
 */
public record MonthlyStats(YearMonth month, int received, int rejected, int answered, int onTime, int sameDay,
		int withinThreeDays, int open, int overdue, BigDecimal averageWorkingDays, BigDecimal onTimeRate,
		BigDecimal sameDayRate) {

	/** What the statistics read of one message. */
	public record Row(MessageState state, LocalDate dueOn, LocalDate repliedOn, Integer answerDays) {

	}

	public static MonthlyStats of(YearMonth month, List<Row> rows, LocalDate today) {
		int rejected = 0;
		int answered = 0;
		int onTime = 0;
		int sameDay = 0;
		int withinThree = 0;
		int open = 0;
		int overdue = 0;
		long days = 0;
		for (Row row : rows) {
			if (row.state() == MessageState.REJECTED) {
				rejected++;
			}
			else if (row.state().open()) {
				open++;
				if (row.dueOn().isBefore(today)) {
					overdue++;
				}
			}
			else if (row.repliedOn() != null) {
				answered++;
				int taken = (row.answerDays() != null) ? row.answerDays() : 0;
				days += taken;
				if (!row.repliedOn().isAfter(row.dueOn())) {
					onTime++;
				}
				if (taken == 0) {
					sameDay++;
				}
				if (taken <= 3) {
					withinThree++;
				}
			}
		}
		return new MonthlyStats(month, rows.size(), rejected, answered, onTime, sameDay, withinThree, open, overdue,
				ratio(days, answered, 1), ratio(onTime * 100L, answered, 1), ratio(sameDay * 100L, answered, 1));
	}

	private static BigDecimal ratio(long part, int whole, int scale) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
	}

}
