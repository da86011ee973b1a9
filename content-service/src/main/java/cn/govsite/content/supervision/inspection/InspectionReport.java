package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.govsite.content.supervision.ContentFinding;
import cn.govsite.content.supervision.InteractionFacts;
import cn.govsite.content.supervision.links.LinkCrawler.BrokenLink;

/**
 * 日监测结果 — what the daily inspection found on one site, and the single-veto verdict.
 *
 * @param unansweredMessages answerable messages without a reply, null when unknown
 * @param lateReplies messages answered after their deadline, null when unknown
 * @param brokenLinks broken links found by the crawl, null when no crawl was made
 * @param qualified false when any veto item holds
 * @param unknownChecks veto checks that could not be made for lack of facts (e.g. the
 * mailboxes are not wired yet); the verdict holds for the checks that were made
 */
public record InspectionReport(long siteId, String siteCode, String siteName, LocalDate inspectedOn,
		Instant inspectedAt, HomePageFreshness homePage, List<ColumnFreshness> columns,
		InteractionFacts.Channel consultationChannel, List<InteractionFacts.PendingMessage> unansweredMessages,
		List<InteractionFacts.PendingMessage> lateReplies, List<ContentFinding> findings, List<BrokenLink> brokenLinks,
		boolean qualified, List<VetoItem> vetoes, List<VetoRule> unknownChecks) {

	public long count(ColumnStatus status) {
		return this.columns.stream().filter(c -> c.status() == status).count();
	}

}
