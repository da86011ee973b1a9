package cn.govsite.content.column;

import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 更新周期 — how often a column must get new content, with the wording of the table it came
 * from ({@code text}, kept as written: "两周至少1条"). Parsed from that wording so a plan
 * states the table's own words.
 */
public record UpdateCycle(CycleKind kind, int count, String text) {

	private static final String NUMBER = "([0-9]+|[一二两三四五六七八九十])";

	private static final Pattern EVERY_N = Pattern
		.compile("^(?:每)?" + NUMBER + "?(周|个?月|年)(?:内)?至少(?:更新)?(?:1|一)(?:条|次)$");

	private static final Pattern WITHIN_N = Pattern.compile("^" + NUMBER + "\\s*(天|日|周|个?月|年)内更新$");

	public UpdateCycle {
		if (kind == null) {
			throw new IllegalArgumentException("kind is required");
		}
		if (kind.counted() && count < 1) {
			throw new IllegalArgumentException(kind + " needs a count of at least 1");
		}
		count = kind.counted() ? count : 0;
	}

	public static UpdateCycle of(CycleKind kind, int count) {
		return new UpdateCycle(kind, count, null);
	}

	/**
	 * The longest a column may stay without a new item before it counts as not updated;
	 * empty when the cycle sets no calendar limit (on change, real time, reply by
	 * deadline: supervision judges those by events, not by silence).
	 */
	public Optional<Period> maxSilence() {
		return Optional.ofNullable(switch (this.kind) {
			case DAILY -> Period.ofDays(1);
			case WEEKLY -> Period.ofWeeks(1);
			case EVERY_N_WEEKS, WITHIN_N_WEEKS -> Period.ofWeeks(this.count);
			case MONTHLY -> Period.ofMonths(1);
			case EVERY_N_MONTHS, WITHIN_N_MONTHS -> Period.ofMonths(this.count);
			case QUARTERLY -> Period.ofMonths(3);
			case YEARLY, AT_LEAST_YEARLY -> Period.ofYears(1);
			case WITHIN_N_DAYS -> Period.ofDays(this.count);
			case WITHIN_N_YEARS -> Period.ofYears(this.count);
			case ON_CHANGE, REAL_TIME, REPLY_BY_DEADLINE -> null;
		});
	}

	/** The cycle a table's wording means, keeping the wording; empty when unknown. */
	public static Optional<UpdateCycle> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String words = text.strip();
		String compact = words.replaceAll("\\s+", "");
		// Forms and people drop the trailing 更新 that the tables write ("每周" for "每周更新").
		CycleKind fixed = fixedKind(compact);
		if (fixed == null && !compact.endsWith("更新")) {
			fixed = fixedKind(compact + "更新");
		}
		if (fixed != null) {
			return Optional.of(new UpdateCycle(fixed, 0, words));
		}
		Matcher every = EVERY_N.matcher(compact);
		if (every.matches()) {
			int n = (every.group(1) != null) ? number(every.group(1)) : 1;
			return Optional.of(switch (every.group(2)) {
				case "周" -> new UpdateCycle(CycleKind.EVERY_N_WEEKS, n, words);
				case "年" -> new UpdateCycle((n == 1) ? CycleKind.AT_LEAST_YEARLY : CycleKind.WITHIN_N_YEARS, n, words);
				default -> new UpdateCycle(CycleKind.EVERY_N_MONTHS, n, words);
			});
		}
		Matcher within = WITHIN_N.matcher(compact);
		if (within.matches()) {
			int n = number(within.group(1));
			CycleKind kind = switch (within.group(2)) {
				case "天", "日" -> CycleKind.WITHIN_N_DAYS;
				case "周" -> CycleKind.WITHIN_N_WEEKS;
				case "年" -> CycleKind.WITHIN_N_YEARS;
				default -> CycleKind.WITHIN_N_MONTHS;
			};
			return Optional.of(new UpdateCycle(kind, n, words));
		}
		return Optional.empty();
	}

	private static int number(String digits) {
		int chinese = "一二三四五六七八九十".indexOf(digits);
		if (digits.equals("两")) {
			return 2;
		}
		return (chinese >= 0) ? chinese + 1 : Integer.parseInt(digits);
	}

	private static CycleKind fixedKind(String compact) {
		return switch (compact) {
			case "每日更新", "每天更新" -> CycleKind.DAILY;
			case "每周更新" -> CycleKind.WEEKLY;
			case "按月更新", "每月更新" -> CycleKind.MONTHLY;
			case "每季度更新", "每季度至少1条", "每季度至少一条", "按季度更新" -> CycleKind.QUARTERLY;
			case "一年一次", "每年更新", "按年更新" -> CycleKind.YEARLY;
			case "每年至少更新一次", "每年至少更新1次" -> CycleKind.AT_LEAST_YEARLY;
			case "有变动时更新", "有变化时更新" -> CycleKind.ON_CHANGE;
			case "实时更新", "及时更新" -> CycleKind.REAL_TIME;
			case "按期答复", "及时处理" -> CycleKind.REPLY_BY_DEADLINE;
			default -> null;
		};
	}

}
