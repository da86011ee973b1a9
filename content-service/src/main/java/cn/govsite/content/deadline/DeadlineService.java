package cn.govsite.content.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.govsite.common.security.GovsitePrincipal;
import cn.govsite.common.security.Role;
import cn.govsite.common.security.SiteAccess;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.calendar.WorkingDays;
import cn.govsite.content.item.ItemTypes;

/**
 * Publishing deadlines of the current site's items and the list of late ones (超期未发布).
 * Deadlines are computed when asked, not stored, so a holiday calendar that arrives later
 * applies to every item at once.
 */
@Service
public class DeadlineService {

	/** Deadlines are days in the sites' own time zone. */
	static final ZoneId SITES_ZONE = ZoneId.of("Asia/Shanghai");

	/** Items still on their way to publication. */
	private static final Set<ArticleState> PENDING = EnumSet.of(ArticleState.DRAFT, ArticleState.SUBMITTED,
			ArticleState.APPROVED, ArticleState.REJECTED);

	/** How many pending items one request looks at; a site rarely holds more. */
	private static final int SCAN_LIMIT = 5000;

	private final ArticleMapper articles;

	private final WorkingDays workingDays;

	private final Clock clock;

	/** Working days come from the platform's holiday calendar (法定节假日 and 调休). */
	DeadlineService(ArticleMapper articles, WorkingDays workingDays, ObjectProvider<Clock> clock) {
		this.articles = articles;
		this.workingDays = workingDays;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * One late item: what it is, where it stands and by how much it missed its deadline.
	 */
	public record LateItem(long id, long columnId, String title, String type, ArticleState state, DeadlineRule rule,
			String ruleLabel, LocalDate countsFrom, LocalDate due, long daysLate) {

	}

	public PublishingDeadline deadline(Article article) {
		DeadlineRule rule = DeadlineRule.of(article.type(),
				ItemTypes.STANDARD.readStored(article.type(), article.getTypeData()));
		LocalDate from = (article.getOccurredOn() != null) ? article.getOccurredOn()
				: article.getCreatedAt().atZone(SITES_ZONE).toLocalDate();
		return PublishingDeadline.of(rule, from, this.workingDays);
	}

	/**
	 * The site's unpublished items past their deadline, the most overdue first; archived
	 * items are no longer expected.
	 */
	@Transactional(readOnly = true)
	List<LateItem> late(GovsitePrincipal principal) {
		SiteAccess.requireSiteRole(principal, TenantContext.require(), Role.SITE_ADMIN, Role.EDITOR, Role.REVIEWER,
				Role.CHIEF);
		LocalDate today = LocalDate.now(this.clock.withZone(SITES_ZONE));
		return this.articles
			.selectList(Wrappers.<Article>lambdaQuery()
				.in(Article::getState, PENDING)
				.isNull(Article::getArchivedAt)
				.orderByAsc(Article::getId)
				.last("LIMIT " + SCAN_LIMIT))
			.stream()
			.map(article -> {
				PublishingDeadline deadline = deadline(article);
				return deadline.lateOn(today) ? new LateItem(article.getId(), article.getColumnId(), article.getTitle(),
						article.type().name(), article.getState(), deadline.rule(), deadline.rule().label(),
						deadline.countsFrom(), deadline.due(), deadline.daysLate(today)) : null;
			})
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparingLong(LateItem::daysLate).reversed().thenComparingLong(LateItem::id))
			.toList();
	}

}
