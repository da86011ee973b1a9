package cn.govsite.content.supervision.report;

import java.util.List;

import cn.govsite.content.supervision.inspection.VetoRule;

/**
 * 全平台检查通报 — every site's supervision results for a period: who was inspected, the scores
 * and their ranking, the vetoes, and the change against the period before.
 *
 * @param sitesKnown sites the platform holds
 * @param ranking inspected sites, best first; sites without a score last
 */
public record PlatformReport(String period, String periodZh, int sitesKnown, Totals current, Totals previous,
		Change trend, List<Bucket> distribution, List<RankLine> ranking, List<VetoLine> vetoes) {

	/**
	 * Platform-wide figures of one period.
	 *
	 * @param scoreMean mean of the sites' period scores, null when none was scored
	 * @param staleColumns summed over sites, at each site's last inspection
	 */
	public record Totals(int sitesInspected, int qualifiedSites, int unqualifiedSites, int scoredSites,
			Double scoreMean, int staleColumns, int blankColumns, int brokenLinks, int overdueMessages) {

	}

	/** Current minus previous; the mean is null when either side has none. */
	public record Change(int sitesInspected, int unqualifiedSites, Double scoreMean, int staleColumns, int blankColumns,
			int brokenLinks, int overdueMessages) {

	}

	/** How many sites scored within [from, to]; vetoed months count as 0. */
	public record Bucket(String label, int from, int to, int sites) {

	}

	/** A site's place; equal scores share a rank (1, 2, 2, 4). */
	public record RankLine(Integer rank, long siteId, String siteCode, String siteName, Double score, Boolean qualified,
			int unqualifiedDays, int staleColumns, int blankColumns, Integer brokenLinks, int overdueMessages,
			Double scoreChange) {

	}

	/**
	 * A veto rule across sites.
	 *
	 * @param sites how many sites it held on in the period
	 * @param evidence distinct pieces of evidence summed over those sites
	 */
	public record VetoLine(VetoRule rule, String zh, String en, int sites, int evidence) {

	}

}
