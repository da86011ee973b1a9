package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.govsite.content.column.InspectionCategory;
import cn.govsite.content.supervision.ColumnFact;
import cn.govsite.content.supervision.SupervisionProperties;

/**
 * 日监测读网 — judges one site's facts at a moment: each column's freshness against its own
 * cycle and the national threshold of its category, the home page, then the single veto.
 * Plain logic: the time comes in as an argument, so tests set any day.
 */
public final class Inspector {

	private final SupervisionProperties rules;

	private final SingleVeto veto;

	public Inspector(SupervisionProperties rules) {
		this.rules = rules;
		this.veto = new SingleVeto(rules);
	}

	public InspectionReport inspect(SiteInput site, Instant now) {
		ZonedDateTime at = now.atZone(this.rules.zone());
		List<ColumnFreshness> columns = site.columns().stream().map(column -> judge(column, at)).toList();
		HomePageFreshness home = homePage(site.homePageUpdatedAt(), at);
		SingleVeto.Verdict verdict = this.veto.judge(site, columns, home, now);
		return new InspectionReport(site.siteId(), site.code(), site.name(), at.toLocalDate(), now, home, columns,
				site.interaction().channel(), site.interaction().unanswered(), site.interaction().lateReplies(),
				site.findings(), site.brokenLinks(), verdict.qualified(), verdict.items(), verdict.unknown());
	}

	/**
	 * The national threshold of a category: news and dynamic columns 2 weeks, notices and
	 * policy documents 6 months; others are held to their own cycle only.
	 */
	public Period nationalLimit(InspectionCategory category) {
		if (category == null) {
			return null;
		}
		return switch (category) {
			case DYNAMIC_NEWS -> this.rules.newsLimit();
			case NOTICES, POLICY_DOCUMENTS -> this.rules.noticeLimit();
			default -> null;
		};
	}

	ColumnFreshness judge(ColumnFact column, ZonedDateTime now) {
		Period own = (column.cycle() != null) ? column.cycle().maxSilence().orElse(null) : null;
		Period national = nationalLimit(column.category());
		String cycleText = (column.cycle() != null) ? column.cycle().text() : null;
		if (column.jumpLink() || column.container() || column.category() == InspectionCategory.INTERACTION) {
			return freshness(column, cycleText, ColumnStatus.NOT_JUDGED, null, null, null, false, now);
		}
		if (column.publishedItems() == 0 || column.lastPublishedAt() == null) {
			return freshness(column, cycleText, ColumnStatus.BLANK, null, null, null, false, now);
		}
		ZonedDateTime last = column.lastPublishedAt().atZone(now.getZone());
		if (own == null && national == null) {
			return freshness(column, cycleText, ColumnStatus.NOT_JUDGED, last, null, null, false, now);
		}
		// A column is late the day after its limit has run out; the earlier limit wins.
		LocalDate ownDue = (own != null) ? last.toLocalDate().plus(own).plusDays(1) : null;
		LocalDate nationalDue = (national != null) ? last.toLocalDate().plus(national).plusDays(1) : null;
		boolean ownFirst = ownDue != null && (nationalDue == null || !ownDue.isAfter(nationalDue));
		LocalDate staleOn = ownFirst ? ownDue : nationalDue;
		LocalDate today = now.toLocalDate();
		boolean stale = !today.isBefore(staleOn);
		boolean nationallyStale = nationalDue != null && !today.isBefore(nationalDue);
		return freshness(column, cycleText, stale ? ColumnStatus.STALE : ColumnStatus.FRESH, last, staleOn,
				ownFirst ? "CYCLE" : "NATIONAL", nationallyStale, now);
	}

	private static ColumnFreshness freshness(ColumnFact column, String cycleText, ColumnStatus status,
			ZonedDateTime last, LocalDate staleOn, String source, boolean nationallyStale, ZonedDateTime now) {
		Long silent = (last != null) ? ChronoUnit.DAYS.between(last.toLocalDate(), now.toLocalDate()) : null;
		return new ColumnFreshness(column.columnId(), column.name(), column.category(), column.responsibleUnit(),
				cycleText, status, column.publishedItems(), column.lastPublishedAt(), silent, staleOn, source,
				nationallyStale);
	}

	private HomePageFreshness homePage(Instant updatedAt, ZonedDateTime now) {
		if (updatedAt == null) {
			return new HomePageFreshness(null, null, true);
		}
		LocalDate staleOn = updatedAt.atZone(now.getZone()).toLocalDate().plus(this.rules.homePageLimit()).plusDays(1);
		return new HomePageFreshness(updatedAt, staleOn, !now.toLocalDate().isBefore(staleOn));
	}

}
