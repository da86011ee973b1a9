package cn.govsite.content.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTransitionTest {

	@Test
	void aDraftIsPublished() {
		assertThat(ArticleTransition.PUBLISH.apply(ArticleState.DRAFT)).isEqualTo(ArticleState.PUBLISHED);
		assertThat(ArticleTransition.PUBLISH.allowedFrom(ArticleState.DRAFT)).isTrue();
	}

	@Test
	void aPublishedArticleIsNotPublishedAgain() {
		assertThat(ArticleTransition.PUBLISH.allowedFrom(ArticleState.PUBLISHED)).isFalse();
		assertThatThrownBy(() -> ArticleTransition.PUBLISH.apply(ArticleState.PUBLISHED))
			.isInstanceOfSatisfying(ArticleTransition.IllegalTransitionException.class, ex -> {
				assertThat(ex.current()).isEqualTo(ArticleState.PUBLISHED);
				assertThat(ex.transition()).isEqualTo(ArticleTransition.PUBLISH);
			});
	}

}
