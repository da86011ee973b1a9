package cn.govsite.content.workflow;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.govsite.common.security.Role;
import cn.govsite.content.article.ArticleState;
import cn.govsite.content.workflow.ReviewWorkflow.Actor;
import cn.govsite.content.workflow.ReviewWorkflow.Decision;
import cn.govsite.content.workflow.ReviewWorkflow.Item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of the review workflow and every refusal. */
class ReviewWorkflowTest {

	private final ReviewWorkflow workflow = new ReviewWorkflow();

	private static final Actor AUTHOR = new Actor("zhang", Set.of(Role.EDITOR));

	private static final Actor REVIEWER = new Actor("li", Set.of(Role.REVIEWER));

	private static final Actor CHIEF = new Actor("wang", Set.of(Role.CHIEF));

	private static final Actor ADMIN = new Actor("zhao", Set.of(Role.SITE_ADMIN));

	private static Item item(ArticleState state, boolean major, int approvals, String firstApprover) {
		return new Item(state, major, approvals, "zhang", firstApprover);
	}

	@Test
	void anEditorSubmitsADraft() {
		Decision decision = this.workflow.submit(item(ArticleState.DRAFT, false, 0, null), AUTHOR);
		assertThat(decision.to()).isEqualTo(ArticleState.SUBMITTED);
		assertThat(decision.action()).isEqualTo(ReviewAction.SUBMIT);
		assertThat(decision.role()).isEqualTo("editor");
	}

	@Test
	void onlyDraftsAreSubmittedAndOnlyByWriters() {
		refused(() -> this.workflow.submit(item(ArticleState.APPROVED, false, 1, "li"), AUTHOR),
				WorkflowRefusal.Kind.INVALID_STATE);
		refused(() -> this.workflow.submit(item(ArticleState.DRAFT, false, 0, null), REVIEWER),
				WorkflowRefusal.Kind.FORBIDDEN);
	}

	@Test
	void aReviewerApprovesAGeneralItem() {
		Decision decision = this.workflow.approve(item(ArticleState.SUBMITTED, false, 0, null), REVIEWER);
		assertThat(decision.to()).isEqualTo(ArticleState.APPROVED);
		assertThat(decision.approvals()).isEqualTo(1);
		assertThat(decision.role()).isEqualTo("reviewer");
	}

	@Test
	void theAuthorNeverApprovesEvenHoldingTheReviewerRole() {
		Actor authorAndReviewer = new Actor("zhang", Set.of(Role.EDITOR, Role.REVIEWER, Role.CHIEF));
		refused(() -> this.workflow.approve(item(ArticleState.SUBMITTED, false, 0, null), authorAndReviewer),
				WorkflowRefusal.Kind.FORBIDDEN);
		refused(() -> this.workflow.reject(item(ArticleState.SUBMITTED, false, 0, null), authorAndReviewer, "意见"),
				WorkflowRefusal.Kind.FORBIDDEN);
	}

	@Test
	void editorsDoNotApprove() {
		refused(() -> this.workflow.approve(item(ArticleState.SUBMITTED, false, 0, null),
				new Actor("sun", Set.of(Role.EDITOR))), WorkflowRefusal.Kind.FORBIDDEN);
	}

	@Test
	void aMajorItemNeedsTheChiefAfterTheReviewer() {
		Decision first = this.workflow.approve(item(ArticleState.SUBMITTED, true, 0, null), REVIEWER);
		assertThat(first.to()).isEqualTo(ArticleState.SUBMITTED);
		assertThat(first.approvals()).isEqualTo(1);
		assertThat(first.firstApprover()).isEqualTo("li");

		Item waiting = item(ArticleState.SUBMITTED, true, 1, "li");
		refused(() -> this.workflow.approve(waiting, new Actor("qian", Set.of(Role.REVIEWER))),
				WorkflowRefusal.Kind.FORBIDDEN);
		// A chief who gave the first approval cannot give the second one too.
		refused(() -> this.workflow.approve(waiting, new Actor("li", Set.of(Role.REVIEWER, Role.CHIEF))),
				WorkflowRefusal.Kind.FORBIDDEN);

		Decision second = this.workflow.approve(waiting, CHIEF);
		assertThat(second.to()).isEqualTo(ArticleState.APPROVED);
		assertThat(second.approvals()).isEqualTo(2);
		assertThat(second.role()).isEqualTo("chief");
	}

	@Test
	void aRejectionNeedsAnOpinion() {
		Item submitted = item(ArticleState.SUBMITTED, false, 0, null);
		refused(() -> this.workflow.reject(submitted, REVIEWER, null), WorkflowRefusal.Kind.INVALID_INPUT);
		refused(() -> this.workflow.reject(submitted, REVIEWER, "  "), WorkflowRefusal.Kind.INVALID_INPUT);
		Decision decision = this.workflow.reject(submitted, REVIEWER, "标题不规范");
		assertThat(decision.to()).isEqualTo(ArticleState.REJECTED);
		assertThat(decision.approvals()).isZero();
	}

	@Test
	void onlyTheChiefRejectsAtTheSecondLevel() {
		Item waiting = item(ArticleState.SUBMITTED, true, 1, "li");
		refused(() -> this.workflow.reject(waiting, new Actor("qian", Set.of(Role.REVIEWER)), "意见"),
				WorkflowRefusal.Kind.FORBIDDEN);
		assertThat(this.workflow.reject(waiting, CHIEF, "涉及敏感内容").to()).isEqualTo(ArticleState.REJECTED);
	}

	@Test
	void aRejectedItemIsEditedBackToADraft() {
		Decision decision = this.workflow.edit(item(ArticleState.REJECTED, false, 0, null), AUTHOR);
		assertThat(decision.to()).isEqualTo(ArticleState.DRAFT);
		assertThat(decision.action()).isEqualTo(ReviewAction.EDIT);
	}

	@Test
	void anEditAfterAnApprovalResetsTheApprovals() {
		Decision afterApproval = this.workflow.edit(item(ArticleState.APPROVED, false, 1, "li"), AUTHOR);
		assertThat(afterApproval.to()).isEqualTo(ArticleState.DRAFT);
		assertThat(afterApproval.approvals()).isZero();
		assertThat(afterApproval.action()).isEqualTo(ReviewAction.EDIT_RESET);
		Decision afterFirstLevel = this.workflow.edit(item(ArticleState.SUBMITTED, true, 1, "li"), AUTHOR);
		assertThat(afterFirstLevel.approvals()).isZero();
		assertThat(afterFirstLevel.firstApprover()).isNull();
		assertThat(afterFirstLevel.action()).isEqualTo(ReviewAction.EDIT_RESET);
	}

	@Test
	void aPublishedItemIsWithdrawnBeforeEditing() {
		refused(() -> this.workflow.edit(item(ArticleState.PUBLISHED, false, 1, "li"), AUTHOR),
				WorkflowRefusal.Kind.INVALID_STATE);
		refused(() -> this.workflow.edit(item(ArticleState.DRAFT, false, 0, null), CHIEF),
				WorkflowRefusal.Kind.FORBIDDEN);
	}

	@Test
	void approvedItemsArePublishedByStaff() {
		Decision decision = this.workflow.publish(item(ArticleState.APPROVED, false, 1, "li"), AUTHOR);
		assertThat(decision.to()).isEqualTo(ArticleState.PUBLISHED);
		assertThat(decision.action()).isEqualTo(ReviewAction.PUBLISH);
		refused(() -> this.workflow.publish(item(ArticleState.APPROVED, false, 1, "li"), CHIEF),
				WorkflowRefusal.Kind.FORBIDDEN);
	}

	@Test
	void aDraftIsPublishedDirectlyOnlyInADirectColumn() {
		Item direct = new Item(ArticleState.DRAFT, false, 0, "zhang", null, true);
		Decision byAuthor = this.workflow.publish(direct, AUTHOR);
		assertThat(byAuthor.action()).isEqualTo(ReviewAction.DIRECT_PUBLISH);
		assertThat(byAuthor.to()).isEqualTo(ArticleState.PUBLISHED);
		assertThat(byAuthor.role()).isEqualTo("editor");
		assertThat(this.workflow.publish(direct, ADMIN).role()).isEqualTo("site-admin");
		refused(() -> this.workflow.publish(direct, REVIEWER), WorkflowRefusal.Kind.FORBIDDEN);
		refused(() -> this.workflow.publish(direct, CHIEF), WorkflowRefusal.Kind.FORBIDDEN);
		// 审核发布: not even a site admin skips review.
		refused(() -> this.workflow.publish(item(ArticleState.DRAFT, false, 0, null), ADMIN),
				WorkflowRefusal.Kind.FORBIDDEN);
		refused(() -> this.workflow.publish(item(ArticleState.DRAFT, false, 0, null), AUTHOR),
				WorkflowRefusal.Kind.FORBIDDEN);
		// A major item is reviewed even in a direct column.
		refused(() -> this.workflow.publish(new Item(ArticleState.DRAFT, true, 0, "zhang", null, true), ADMIN),
				WorkflowRefusal.Kind.FORBIDDEN);
		refused(() -> this.workflow.publish(new Item(ArticleState.SUBMITTED, false, 0, "zhang", null, true), ADMIN),
				WorkflowRefusal.Kind.INVALID_STATE);
		refused(() -> this.workflow.publish(item(ArticleState.PUBLISHED, false, 1, "li"), ADMIN),
				WorkflowRefusal.Kind.INVALID_STATE);
	}

	@Test
	void theSchedulerPublishesOnlyApprovedItems() {
		assertThat(this.workflow.publishScheduled(item(ArticleState.APPROVED, false, 1, "li")).action())
			.isEqualTo(ReviewAction.SCHEDULED_PUBLISH);
		refused(() -> this.workflow.publishScheduled(item(ArticleState.SUBMITTED, false, 0, null)),
				WorkflowRefusal.Kind.INVALID_STATE);
	}

	@Test
	void aPublishedItemIsWithdrawnAndEditedBackToADraft() {
		Decision withdrawn = this.workflow.withdraw(item(ArticleState.PUBLISHED, false, 1, "li"), REVIEWER);
		assertThat(withdrawn.to()).isEqualTo(ArticleState.WITHDRAWN);
		refused(() -> this.workflow.withdraw(item(ArticleState.PUBLISHED, false, 1, "li"), AUTHOR),
				WorkflowRefusal.Kind.FORBIDDEN);
		refused(() -> this.workflow.withdraw(item(ArticleState.DRAFT, false, 0, null), ADMIN),
				WorkflowRefusal.Kind.INVALID_STATE);
		assertThat(this.workflow.edit(item(ArticleState.WITHDRAWN, false, 0, null), AUTHOR).to())
			.isEqualTo(ArticleState.DRAFT);
	}

	private static void refused(Runnable step, WorkflowRefusal.Kind kind) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(WorkflowRefusal.class, refusal -> {
			assertThat(refusal.kind()).isEqualTo(kind);
			assertThat(refusal.zh()).isNotBlank();
			assertThat(refusal.en()).isNotBlank();
		});
	}

}
