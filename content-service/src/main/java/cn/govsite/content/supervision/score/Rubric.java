package cn.govsite.content.supervision.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import cn.govsite.content.column.InspectionCategory;

/**
 * 考核评分细则 — a scoring rubric as data: indicators worth points, each with items that deduct
 * per occurrence up to caps, and bonus items. Shipped: the Hetang 100-point rubric (seed
 * 004 附件) in {@code supervision/rubric-hetang.json}.
 */
public record Rubric(String id, String name, String source, int passMark, String note, List<Indicator> indicators,
		List<Bonus> bonuses) {

	public static final String HETANG = "supervision/rubric-hetang.json";

	public Rubric {
		indicators = List.copyOf(indicators);
		bonuses = (bonuses != null) ? List.copyOf(bonuses) : List.of();
	}

	/** The total when nothing is deducted. */
	public int full() {
		return this.indicators.stream().mapToInt(Indicator::points).sum();
	}

	public static Rubric load(JsonMapper json, String resource) {
		try (InputStream in = Rubric.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Rubric " + resource + " is not on the classpath");
			}
			return json.readValue(in, Rubric.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** 一级指标 — worth {@code points}; its items together never deduct more. */
	public record Indicator(String id, String name, int points, List<Item> items) {

		public Indicator {
			items = List.copyOf(items);
		}

	}

	/**
	 * 二级指标 — deducts {@code deduction} per occurrence of what {@code measure} counts, up
	 * to {@code cap} (or everything at the first occurrence when {@code deductAll}).
	 *
	 * @param fact for {@link Measure#REPORTED} items, the fact a supervisor reports
	 * @param category for {@link Measure#COLUMN_LATE}, the columns it looks at
	 * @param window for {@link Measure#COLUMN_LATE}, how long such a column may be
	 * silent; for {@link Measure#UNANSWERED}, how long a message may wait
	 */
	public record Item(String id, String name, String rule, Measure measure, String fact, InspectionCategory category,
			Period window, Integer deduction, Integer cap, Boolean deductAll) {

		public Item {
			// The data leaves out what does not apply; absent means none.
			deduction = (deduction != null) ? deduction : 0;
			deductAll = (deductAll != null) ? deductAll : false;
		}

	}

	/** 加分项 — adds {@code points} when {@code fact} is reported. */
	public record Bonus(String id, String name, String rule, String fact, int points) {

	}

	/** What an item counts. */
	public enum Measure {

		/** Columns of a category silent longer than the window on an inspection day. */
		COLUMN_LATE,
		/** Typos found in published items. */
		TYPO,
		/** Broken links found by the link crawler. */
		BROKEN_LINK,
		/** Messages unanswered past the window. */
		UNANSWERED,
		/** Replies given after the deadline. */
		LATE_REPLY,
		/**
		 * A fact no machine can see (staff named, rules adopted), reported by a person.
		 */
		REPORTED

	}

}
