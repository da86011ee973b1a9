package cn.govsite.content.bulkimport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.govsite.common.security.Role;
import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleService;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.column.SiteColumn;
import cn.govsite.content.publishing.BatchPublisher;
import cn.govsite.content.workflow.ReviewWorkflow;
import cn.govsite.content.workflow.ReviewWorkflow.Decision;
import cn.govsite.content.workflow.WorkflowService;

/**
 * Stores a batch of prepared items of the current site in one column and moves each as
 * the review workflow decides for the column's guarantee method: published directly
 * (直接发布, never a major item) or submitted to the review queue (every other method). One
 * transaction per batch: the rows, their audit, the rendered pages and one event per
 * {@code ArticlesPublished} batch commit together. Used by bulk import and feeds.
 */
@Service
public class ItemWriter {

	private final ReviewWorkflow workflow = new ReviewWorkflow();

	private final ArticleService articles;

	private final WorkflowService audit;

	private final BatchPublisher publisher;

	private final TransactionTemplate transactions;

	ItemWriter(ArticleService articles, WorkflowService audit, BatchPublisher publisher,
			TransactionTemplate transactions) {
		this.articles = articles;
		this.audit = audit;
		this.publisher = publisher;
		this.transactions = transactions;
	}

	/** The stored items by where they went. */
	public record Outcome(List<Article> published, List<Article> queued) {

		public int size() {
			return this.published.size() + this.queued.size();
		}

	}

	/**
	 * Stores and moves the items (call outside a transaction: the site may have to be
	 * looked up in tenant-service first).
	 * @param by who the audit names (the importing user, or {@code feed:ID})
	 * @param note the audit opinion (where the items came from)
	 * @param alsoInTransaction the caller's own bookkeeping, committed with the items
	 */
	public Outcome write(SiteColumn column, List<ArticleService.Prepared> items, String by, String note,
			Consumer<Outcome> alsoInTransaction) {
		if (items.isEmpty()) {
			return new Outcome(List.of(), List.of());
		}
		this.publisher.requireSite();
		boolean direct = column.getMethod() != null && column.getMethod().publishesWithoutReview();
		ReviewWorkflow.Actor actor = new ReviewWorkflow.Actor(by, EnumSet.of(Role.EDITOR));
		return this.transactions.execute(status -> {
			Instant now = this.articles.now();
			List<Article> published = new ArrayList<>();
			List<Article> queued = new ArrayList<>();
			List<WorkflowService.Entry> decided = new ArrayList<>(items.size());
			for (ArticleService.Prepared item : items) {
				Article article = item.article();
				ReviewWorkflow.Item state = new ReviewWorkflow.Item(ArticleState.DRAFT, article.flaggedMajor(), 0, by,
						null, direct);
				Decision decision = (direct && !article.flaggedMajor()) ? this.workflow.publish(state, actor)
						: this.workflow.submit(state, actor);
				article.setState(decision.to());
				if (decision.to() == ArticleState.PUBLISHED) {
					article.setPublishedAt(now);
				}
				decided.add(new WorkflowService.Entry(article, decision.action(), decision.role(), ArticleState.DRAFT));
				(decision.to() == ArticleState.PUBLISHED ? published : queued).add(article);
			}
			// Batched: the rows first (their ids), then every audit line.
			this.articles.storeAll(items);
			this.audit.recordAll(decided, by, note);
			Outcome outcome = new Outcome(published, queued);
			alsoInTransaction.accept(outcome);
			this.publisher.publishAll(published, note, by);
			return outcome;
		});
	}

}
