package cn.govsite.content.supervision;

import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of supervision (监管) under {@code govsite.supervision}; the defaults are the
 * national single-veto thresholds (国办秘函〔2019〕19号, seed 001 第十九条).
 *
 * @param zone the zone whose calendar days inspections are filed under
 * @param newsLimit how long a news/dynamic column may stay silent (2 weeks)
 * @param noticeLimit how long a notice or policy-document column may stay silent (6
 * months)
 * @param homePageLimit how long the home page may go without new content (2 weeks)
 * @param unansweredLimit how long an answerable message may stay unanswered (3 months)
 * @param staleKeyColumnsVeto stale news/notice/policy columns that make a site
 * unqualified: 1, since 第十九条 vetoes a site as soon as any such column is silent past its
 * limit (only the should-update and blank columns are counted against 10 and 5)
 * @param staleColumnsVeto stale should-update columns that make a site unqualified
 * @param blankColumnsVeto blank columns that make a site unqualified
 * @param vetoRules rule-id prefixes of the content checks whose blocking findings on
 * published items are serious errors (sensitive words, personal data, blocked links)
 * @param warningDays how many days before a column goes stale its responsible unit is
 * warned
 * @param inspectionCron when the daily inspection runs (in {@code zone})
 * @param scoreCron when the monthly scores of the previous month are computed
 */
@ConfigurationProperties("govsite.supervision")
public record SupervisionProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("P14D") Period newsLimit,
		@DefaultValue("P6M") Period noticeLimit, @DefaultValue("P14D") Period homePageLimit,
		@DefaultValue("P3M") Period unansweredLimit, @DefaultValue("1") int staleKeyColumnsVeto,
		@DefaultValue("10") int staleColumnsVeto, @DefaultValue("5") int blankColumnsVeto, @DefaultValue( {
				"sensitive-word", "personal-data", "link.blocked" }) List<String> vetoRules,
		@DefaultValue("3") int warningDays, @DefaultValue("0 30 2 * * *") String inspectionCron,
		@DefaultValue("0 30 4 1 * *") String scoreCron){

	public SupervisionProperties {
		vetoRules = List.copyOf(vetoRules);
		if (warningDays < 0) {
			throw new IllegalArgumentException("govsite.supervision.warning-days must not be negative");
		}
	}

	/** The defaults, for plain unit tests. */
	public static SupervisionProperties defaults() {
		return new SupervisionProperties(ZoneId.of("Asia/Shanghai"), Period.ofWeeks(2), Period.ofMonths(6),
				Period.ofWeeks(2), Period.ofMonths(3), 1, 10, 5,
				List.of("sensitive-word", "personal-data", "link.blocked"), 3, "0 30 2 * * *", "0 30 4 1 * *");
	}

}
