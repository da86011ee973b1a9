package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.govsite.content.check.Severity;
import cn.govsite.content.supervision.ContentFinding;
import cn.govsite.content.supervision.InteractionFacts;
import cn.govsite.content.supervision.InteractionFacts.PendingMessage;
import cn.govsite.content.supervision.SupervisionProperties;

/**
 * 单项否决 — decides from an inspection's facts whether the site is unqualified, listing
 * every condition that holds with its evidence, and the conditions it could not judge.
 */
public final class SingleVeto {

	private final SupervisionProperties rules;

	public SingleVeto(SupervisionProperties rules) {
		this.rules = rules;
	}

	/** The verdict: qualified when no item holds. */
	public record Verdict(boolean qualified, List<VetoItem> items, List<VetoRule> unknown) {

	}

	Verdict judge(SiteInput site, List<ColumnFreshness> columns, HomePageFreshness home, Instant now) {
		List<VetoItem> items = new ArrayList<>();
		List<VetoRule> unknown = new ArrayList<>();
		if (home.stale()) {
			items.add(VetoItem.of(VetoRule.HOME_PAGE_STALE,
					List.of(new Evidence("SITE", null, site.name(), home.updatedAt(),
							(home.updatedAt() != null) ? "首页最近一次更新于 " + home.updatedAt() : "首页从未发布内容",
							(home.updatedAt() != null) ? "Home page last updated at " + home.updatedAt()
									: "Nothing was ever published on the home page"))));
		}
		List<Evidence> keyStale = columns.stream()
			.filter(ColumnFreshness::nationallyStale)
			.map(c -> column(c))
			.toList();
		if (keyStale.size() >= this.rules.staleKeyColumnsVeto()) {
			items.add(VetoItem.of(VetoRule.STALE_KEY_COLUMNS, keyStale));
		}
		List<Evidence> stale = columns.stream()
			.filter(c -> c.status() == ColumnStatus.STALE)
			.map(c -> column(c))
			.toList();
		if (stale.size() >= this.rules.staleColumnsVeto()) {
			items.add(VetoItem.of(VetoRule.STALE_COLUMNS, stale));
		}
		List<Evidence> blank = columns.stream()
			.filter(c -> c.status() == ColumnStatus.BLANK)
			.map(c -> column(c))
			.toList();
		if (blank.size() >= this.rules.blankColumnsVeto()) {
			items.add(VetoItem.of(VetoRule.BLANK_COLUMNS, blank));
		}
		InteractionFacts.Snapshot interaction = site.interaction();
		switch (interaction.channel()) {
			case NOT_WORKING -> items.add(VetoItem.of(VetoRule.NO_CONSULTATION_CHANNEL, List.of(new Evidence("CHANNEL",
					null, site.name(), now, "站点没有可用的咨询建言渠道", "The site has no working consultation channel"))));
			case UNKNOWN -> unknown.add(VetoRule.NO_CONSULTATION_CHANNEL);
			case WORKING -> {
			}
		}
		if (!interaction.messagesKnown()) {
			unknown.add(VetoRule.MESSAGE_UNANSWERED);
		}
		else {
			ZonedDateTime limit = now.atZone(this.rules.zone()).minus(this.rules.unansweredLimit());
			List<Evidence> overdue = interaction.unanswered()
				.stream()
				.filter(m -> m.receivedAt().isBefore(limit.toInstant()))
				.map(SingleVeto::message)
				.toList();
			if (!overdue.isEmpty()) {
				items.add(VetoItem.of(VetoRule.MESSAGE_UNANSWERED, overdue));
			}
		}
		List<Evidence> serious = site.findings().stream().filter(this::serious).map(SingleVeto::finding).toList();
		if (!serious.isEmpty()) {
			items.add(VetoItem.of(VetoRule.SERIOUS_CONTENT_ERROR, serious));
		}
		if (site.tampering() == null) {
			unknown.add(VetoRule.UNHANDLED_TAMPERING);
		}
		else if (!site.tampering().isEmpty()) {
			items.add(VetoItem.of(VetoRule.UNHANDLED_TAMPERING,
					site.tampering()
						.stream()
						.map(t -> new Evidence("PAGE", t.objectKey(), t.objectKey(), t.detectedAt(),
								"页面于 " + t.detectedAt() + " 被发现篡改，尚未恢复",
								"Found tampered at " + t.detectedAt() + ", not restored"))
						.toList()));
		}
		return new Verdict(items.isEmpty(), List.copyOf(items), List.copyOf(unknown));
	}

	/** Whether a finding on published content is a veto-grade error. */
	public boolean serious(ContentFinding finding) {
		return finding.severity() == Severity.BLOCKING
				&& this.rules.vetoRules().stream().anyMatch(prefix -> finding.ruleId().startsWith(prefix));
	}

	private static Evidence column(ColumnFreshness c) {
		String category = (c.category() != null) ? c.category().label() : "未分类";
		if (c.status() == ColumnStatus.BLANK) {
			return new Evidence("COLUMN", "/columns/" + c.columnId(), c.name(), null, "空白栏目（" + category + "）",
					"Blank column (" + ((c.category() != null) ? c.category().name() : "unclassified") + ")");
		}
		return new Evidence("COLUMN", "/columns/" + c.columnId(), c.name(), c.lastPublishedAt(),
				category + "栏目已 " + c.daysSilent() + " 天未更新，" + c.staleOn() + " 起超期",
				"Not updated for " + c.daysSilent() + " days, late since " + c.staleOn());
	}

	private static Evidence message(PendingMessage m) {
		return new Evidence("MESSAGE", "/messages/" + m.id(), m.subject(), m.receivedAt(),
				"留言收到于 " + m.receivedAt() + "，至今未回应", "Received at " + m.receivedAt() + ", still unanswered");
	}

	private static Evidence finding(ContentFinding f) {
		return new Evidence("ARTICLE", "/articles/" + f.articleId(), f.title(), null,
				"[" + f.ruleId() + "] “" + f.matched() + "”：" + f.explanationZh(),
				"[" + f.ruleId() + "] \"" + f.matched() + "\": " + f.explanationEn());
	}

}
