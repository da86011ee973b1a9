package cn.govsite.content.deadline;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govsite.content.calendar.DayKind;
import cn.govsite.content.calendar.WorkingDayCalendar;
import cn.govsite.content.calendar.WorkingDays;
import cn.govsite.content.item.ArticleFields;
import cn.govsite.content.item.ContentType;

import static org.assertj.core.api.Assertions.assertThat;

class PublishingDeadlineTest {

	/** No holidays listed: Monday to Friday. */
	static final WorkingDays WEEKDAYS = new WorkingDayCalendar(year -> Map.of());

	/** 2026-11-20 is a Friday. */
	private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Test
	void eachTypeHasTheRuleOfSeed004() {
		assertThat(DeadlineRule.of(ContentType.ARTICLE, null)).isEqualTo(DeadlineRule.NEWS);
		assertThat(DeadlineRule.of(ContentType.ARTICLE, new ArticleFields(ArticleFields.EventKind.ROUTINE)))
			.isEqualTo(DeadlineRule.NEWS);
		for (ArticleFields.EventKind urgent : new ArticleFields.EventKind[] { ArticleFields.EventKind.MAJOR_EVENT,
				ArticleFields.EventKind.IMPORTANT_MEETING, ArticleFields.EventKind.LEADER_ACTIVITY,
				ArticleFields.EventKind.EMERGENCY }) {
			assertThat(DeadlineRule.of(ContentType.ARTICLE, new ArticleFields(urgent)))
				.isEqualTo(DeadlineRule.SAME_DAY);
		}
		assertThat(DeadlineRule.of(ContentType.POLICY_DOCUMENT, null)).isEqualTo(DeadlineRule.DOCUMENT);
		assertThat(DeadlineRule.of(ContentType.POLICY_INTERPRETATION, null)).isEqualTo(DeadlineRule.DOCUMENT);
		for (ContentType other : new ContentType[] { ContentType.NOTICE, ContentType.LEADER_PROFILE, ContentType.LINK,
				ContentType.SERVICE_GUIDE }) {
			assertThat(DeadlineRule.of(other, null)).isEqualTo(DeadlineRule.OTHER);
		}
	}

	@Test
	void workingDaysSkipTheWeekend() {
		assertThat(due(DeadlineRule.NEWS, FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(due(DeadlineRule.DOCUMENT, FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(due(DeadlineRule.OTHER, FRIDAY)).isEqualTo(LocalDate.of(2026, 12, 1));
		// Written on a Saturday: Monday is the first working day counted.
		assertThat(due(DeadlineRule.NEWS, FRIDAY.plusDays(1))).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(due(DeadlineRule.NEWS, LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 11, 19));
	}

	@Test
	void urgentItemsCountCalendarDays() {
		assertThat(due(DeadlineRule.SAME_DAY, FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 21));
	}

	@Test
	void aHolidayCalendarPlugsInThroughTheSeam() {
		// A calendar that knows Monday 23rd as a holiday pushes the deadline by a day.
		WorkingDays withHoliday = new WorkingDayCalendar(year -> Map.of(LocalDate.of(2026, 11, 23), DayKind.HOLIDAY));
		assertThat(PublishingDeadline.of(DeadlineRule.NEWS, FRIDAY, withHoliday).due())
			.isEqualTo(LocalDate.of(2026, 11, 26));
	}

	@Test
	void lateOnlyAfterTheDueDay() {
		PublishingDeadline deadline = PublishingDeadline.of(DeadlineRule.NEWS, FRIDAY, WEEKDAYS);
		assertThat(deadline.lateOn(LocalDate.of(2026, 11, 25))).isFalse();
		assertThat(deadline.daysLate(LocalDate.of(2026, 11, 25))).isZero();
		assertThat(deadline.lateOn(LocalDate.of(2026, 11, 26))).isTrue();
		assertThat(deadline.daysLate(LocalDate.of(2026, 11, 28))).isEqualTo(3);
	}

	private static LocalDate due(DeadlineRule rule, LocalDate from) {
		return PublishingDeadline.of(rule, from, WEEKDAYS).due();
	}

}
