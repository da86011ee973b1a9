package cn.govsite.content.supervision.score;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.govsite.content.supervision.ContentFinding;
import cn.govsite.content.supervision.InteractionFacts.PendingMessage;
import cn.govsite.content.supervision.inspection.ColumnFreshness;
import cn.govsite.content.supervision.inspection.ColumnStatus;
import cn.govsite.content.supervision.inspection.Evidence;
import cn.govsite.content.supervision.inspection.InspectionReport;
import cn.govsite.content.supervision.inspection.VetoItem;
import cn.govsite.content.supervision.inspection.VetoRule;

/**
 * Turns a month's daily inspections into {@link ScoreFacts} for a rubric: a veto on any
 * day counts for the month (发现1次，月度考核直接判定不合格); a late column counts once per month, with
 * the first day it was seen late; typos and messages are read from the month's last
 * inspection. Items nothing measures yet are listed as not assessed.
 */
public final class MonthFacts {

	/** The check rule whose findings are ordinary typos (普通错别字). */
	static final String TYPO_RULE = "typo";

	private final Rubric rubric;

	private final ZoneId zone;

	public MonthFacts(Rubric rubric, ZoneId zone) {
		this.rubric = rubric;
		this.zone = zone;
	}

	/** The facts of the month from its inspections, oldest first (at least one). */
	public ScoreFacts of(List<InspectionReport> month) {
		if (month.isEmpty()) {
			throw new IllegalArgumentException("A month is scored from at least one inspection");
		}
		InspectionReport last = month.get(month.size() - 1);
		Map<String, List<Evidence>> occurrences = new HashMap<>();
		Set<String> notAssessed = new HashSet<>();
		for (Rubric.Indicator indicator : this.rubric.indicators()) {
			for (Rubric.Item item : indicator.items()) {
				List<Evidence> found = switch (item.measure()) {
					case COLUMN_LATE -> lateColumns(item, month);
					case TYPO -> typos(last);
					case UNANSWERED -> (last.unansweredMessages() != null)
							? unanswered(item, last.unansweredMessages(), last.inspectedAt()) : null;
					case LATE_REPLY -> (last.lateReplies() != null)
							? last.lateReplies().stream().map(m -> message(m, "回复超过期限", "Replied late")).toList()
							: null;
					case BROKEN_LINK -> (last.brokenLinks() != null) ? last.brokenLinks()
						.stream()
						.map(b -> new Evidence("LINK", b.url(), b.foundOn(), null,
								"错误链接（" + b.kind() + "，" + ((b.error() != null) ? b.error() : "HTTP " + b.status())
										+ "），位于 " + b.foundOn(),
								"Broken link (" + b.kind() + ", "
										+ ((b.error() != null) ? b.error() : "HTTP " + b.status()) + ") on "
										+ b.foundOn()))
						.toList() : null;
					// No reporting form feeds these yet.
					case REPORTED -> null;
				};
				if (found == null) {
					notAssessed.add(item.id());
				}
				else if (!found.isEmpty()) {
					occurrences.put(item.id(), found);
				}
			}
		}
		return new ScoreFacts(occurrences, notAssessed, Map.of(), vetoes(month));
	}

	private List<Evidence> lateColumns(Rubric.Item item, List<InspectionReport> month) {
		Map<Long, Evidence> first = new LinkedHashMap<>();
		for (InspectionReport report : month) {
			for (ColumnFreshness column : report.columns()) {
				if (column.category() != item.category() || first.containsKey(column.columnId())) {
					continue;
				}
				if (late(column, item, report.inspectedOn())) {
					first.put(column.columnId(), new Evidence("COLUMN", "/columns/" + column.columnId(), column.name(),
							column.lastPublishedAt(),
							report.inspectedOn() + " 检查：超过 " + item.window() + " 未更新（最近更新 "
									+ ((column.lastPublishedAt() != null) ? column.lastPublishedAt() : "无") + "）",
							"Inspected " + report.inspectedOn() + ": silent longer than " + item.window()));
				}
			}
		}
		return new ArrayList<>(first.values());
	}

	private boolean late(ColumnFreshness column, Rubric.Item item, LocalDate day) {
		if (column.status() == ColumnStatus.BLANK) {
			return true;
		}
		if (column.lastPublishedAt() == null) {
			// A link or a parent of sub-columns: nothing of its own to be late with.
			return false;
		}
		LocalDate lastDay = column.lastPublishedAt().atZone(this.zone).toLocalDate();
		return lastDay.plus(item.window()).isBefore(day);
	}

	private static List<Evidence> typos(InspectionReport last) {
		Set<String> seen = new LinkedHashSet<>();
		List<Evidence> evidence = new ArrayList<>();
		for (ContentFinding f : last.findings()) {
			if (TYPO_RULE.equals(f.ruleId()) && seen.add(f.articleId() + "|" + f.matched())) {
				evidence.add(new Evidence("ARTICLE", "/articles/" + f.articleId(), f.title(), null,
						"错别字“" + f.matched() + "”：" + f.explanationZh(),
						"Typo \"" + f.matched() + "\": " + f.explanationEn()));
			}
		}
		return evidence;
	}

	private List<Evidence> unanswered(Rubric.Item item, List<PendingMessage> messages, Instant at) {
		Instant limit = at.atZone(this.zone).minus(item.window()).toInstant();
		return messages.stream()
			.filter(m -> m.receivedAt().isBefore(limit))
			.map(m -> message(m, "超过期限未回复", "Unanswered past the deadline"))
			.toList();
	}

	private static Evidence message(PendingMessage m, String zh, String en) {
		return new Evidence("MESSAGE", "/messages/" + m.id(), m.subject(), m.receivedAt(), zh, en);
	}

	/** Each veto rule that held on some day of the month, as first seen. */
	private static List<VetoItem> vetoes(List<InspectionReport> month) {
		Map<VetoRule, VetoItem> first = new LinkedHashMap<>();
		month.forEach(report -> report.vetoes().forEach(item -> first.putIfAbsent(item.rule(), item)));
		return List.copyOf(first.values());
	}

}
