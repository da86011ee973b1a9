package cn.govsite.content.supervision.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import cn.govsite.content.supervision.inspection.VetoRule;
import cn.govsite.content.supervision.report.PlatformReport.Bucket;
import cn.govsite.content.supervision.report.PlatformReport.Change;
import cn.govsite.content.supervision.report.PlatformReport.RankLine;
import cn.govsite.content.supervision.report.PlatformReport.Totals;
import cn.govsite.content.supervision.report.SiteReport.DayLine;
import cn.govsite.content.supervision.report.SiteReport.Summary;
import cn.govsite.content.supervision.report.SiteReport.Trend;
import cn.govsite.content.supervision.report.SiteReport.VetoLine;

/**
 * Turns a period's facts into the site and platform reports. A site is unqualified for
 * the period when a veto held on any inspected day, as the monthly score treats a month
 * (seed 004: a veto ends the assessment); column and link counts are those of the last
 * inspection, since the report describes where the site stands at the period's end.
 */
public final class ReportCalculator {

	/** Score bands of the distribution, best first; 60 passes (seed 004). */
	static final List<int[]> BANDS = List.of(new int[] { 90, 100 }, new int[] { 80, 89 }, new int[] { 70, 79 },
			new int[] { 60, 69 }, new int[] { 0, 59 });

	public SiteReport site(ReportPeriod period, SitePeriodFacts now, SitePeriodFacts before) {
		Summary current = summary(now);
		Summary previous = summary(before);
		Trend trend = new Trend(minus(current.score(), previous.score()),
				bothInspected(current, previous) ? current.unqualifiedDays() - previous.unqualifiedDays() : null,
				bothInspected(current, previous) ? current.staleColumns() - previous.staleColumns() : null,
				bothInspected(current, previous) ? current.blankColumns() - previous.blankColumns() : null,
				(current.brokenLinks() != null && previous.brokenLinks() != null)
						? current.brokenLinks() - previous.brokenLinks() : null,
				bothInspected(current, previous) ? current.overdueMessages() - previous.overdueMessages() : null);
		List<DayLine> days = now.days()
			.stream()
			.map(d -> new DayLine(d.day().toString(), d.qualified(), d.staleColumns(), d.blankColumns(),
					d.brokenLinks(), d.vetoes().size()))
			.toList();
		return new SiteReport(period.toString(), period.labelZh(), now.siteId(), now.code(), now.name(), current,
				previous, trend, vetoes(now.days()), now.scores(), now.lastColumns(), now.messages(),
				now.published().stream().mapToInt(CategoryCount::items).sum(), now.published(), days);
	}

	Summary summary(SitePeriodFacts facts) {
		Double score = mean(facts.scores().stream().map(s -> (double) s.total()).toList());
		List<DayFacts> days = facts.days();
		if (days.isEmpty()) {
			return new Summary(0, null, 0, score, 0, 0, null, 0);
		}
		DayFacts last = days.getLast();
		int unqualified = (int) days.stream().filter(d -> !d.qualified()).count();
		Integer broken = days.reversed()
			.stream()
			.map(DayFacts::brokenLinks)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return new Summary(days.size(), unqualified == 0, unqualified, score, last.staleColumns(), last.blankColumns(),
				broken, last.overdueMessages());
	}

	private static List<VetoLine> vetoes(List<DayFacts> days) {
		Map<VetoRule, Integer> held = new EnumMap<>(VetoRule.class);
		Map<VetoRule, Set<String>> evidence = new EnumMap<>(VetoRule.class);
		for (DayFacts day : days) {
			for (DayFacts.VetoFact veto : day.vetoes()) {
				held.merge(veto.rule(), 1, Integer::sum);
				evidence.computeIfAbsent(veto.rule(), r -> new HashSet<>()).addAll(veto.evidence());
			}
		}
		return held.entrySet()
			.stream()
			.map(e -> new VetoLine(e.getKey(), e.getKey().zh(), e.getKey().en(), e.getValue(),
					evidence.get(e.getKey()).size()))
			.toList();
	}

	public PlatformReport platform(ReportPeriod period, int sitesKnown, List<SiteReport> sites) {
		Totals current = totals(sites, SiteReport::current);
		Totals previous = totals(sites, SiteReport::previous);
		Change change = new Change(current.sitesInspected() - previous.sitesInspected(),
				current.unqualifiedSites() - previous.unqualifiedSites(),
				minus(current.scoreMean(), previous.scoreMean()), current.staleColumns() - previous.staleColumns(),
				current.blankColumns() - previous.blankColumns(), current.brokenLinks() - previous.brokenLinks(),
				current.overdueMessages() - previous.overdueMessages());
		List<SiteReport> inspected = sites.stream().filter(s -> s.current().inspected()).toList();
		return new PlatformReport(period.toString(), period.labelZh(), sitesKnown, current, previous, change,
				distribution(inspected), ranking(inspected), platformVetoes(inspected));
	}

	private static Totals totals(List<SiteReport> sites, Function<SiteReport, Summary> which) {
		List<Summary> inspected = sites.stream().map(which).filter(Summary::inspected).toList();
		List<Double> scores = sites.stream().map(which).map(Summary::score).filter(Objects::nonNull).toList();
		int qualified = (int) inspected.stream().filter(s -> Boolean.TRUE.equals(s.qualified())).count();
		return new Totals(inspected.size(), qualified, inspected.size() - qualified, scores.size(), mean(scores),
				sum(inspected, Summary::staleColumns), sum(inspected, Summary::blankColumns),
				sum(inspected, s -> (s.brokenLinks() != null) ? s.brokenLinks() : 0),
				sum(inspected, Summary::overdueMessages));
	}

	private static List<Bucket> distribution(List<SiteReport> inspected) {
		List<Bucket> buckets = new ArrayList<>();
		for (int[] band : BANDS) {
			int count = (int) inspected.stream()
				.map(s -> s.current().score())
				.filter(Objects::nonNull)
				.mapToInt(score -> (int) Math.floor(score))
				.filter(score -> score >= band[0] && score <= band[1])
				.count();
			buckets.add(new Bucket(band[0] + "–" + band[1], band[0], band[1], count));
		}
		return buckets;
	}

	private static List<RankLine> ranking(List<SiteReport> inspected) {
		List<SiteReport> ordered = inspected.stream()
			.sorted(Comparator
				.comparing((SiteReport s) -> s.current().score(), Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparingInt(s -> s.current().unqualifiedDays())
				.thenComparing(SiteReport::siteCode, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<RankLine> lines = new ArrayList<>();
		Integer rank = null;
		Double previousScore = null;
		for (int i = 0; i < ordered.size(); i++) {
			SiteReport site = ordered.get(i);
			Summary s = site.current();
			if (s.score() == null) {
				rank = null;
			}
			else if (!s.score().equals(previousScore)) {
				rank = i + 1;
				previousScore = s.score();
			}
			lines.add(new RankLine(rank, site.siteId(), site.siteCode(), site.siteName(), s.score(), s.qualified(),
					s.unqualifiedDays(), s.staleColumns(), s.blankColumns(), s.brokenLinks(), s.overdueMessages(),
					site.trend().score()));
		}
		return lines;
	}

	private static List<PlatformReport.VetoLine> platformVetoes(List<SiteReport> inspected) {
		Map<VetoRule, int[]> byRule = new EnumMap<>(VetoRule.class);
		for (SiteReport site : inspected) {
			for (VetoLine veto : site.vetoes()) {
				int[] counts = byRule.computeIfAbsent(veto.rule(), r -> new int[2]);
				counts[0]++;
				counts[1] += veto.evidence();
			}
		}
		return byRule.entrySet()
			.stream()
			.map(e -> new PlatformReport.VetoLine(e.getKey(), e.getKey().zh(), e.getKey().en(), e.getValue()[0],
					e.getValue()[1]))
			.toList();
	}

	private static boolean bothInspected(Summary a, Summary b) {
		return a.inspected() && b.inspected();
	}

	private static <T> int sum(List<T> items, ToIntFunction<T> value) {
		return items.stream().mapToInt(value).sum();
	}

	/** The mean to one decimal, null for no values. */
	static Double mean(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		return round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
	}

	private static Double minus(Double a, Double b) {
		return (a != null && b != null) ? round(a - b) : null;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
