package cn.govsite.content.article;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.tenant.SiteRef;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site filter of MyBatis-Plus, exercised on the real mapper outside any request. */
class TenantLineTests extends ContentIntegrationTest {

	@Autowired
	private ArticleMapper articles;

	@Test
	void aQueryWithoutASiteFails() {
		assertThat(TenantContext.current()).isEmpty();
		assertThatThrownBy(() -> this.articles.selectList(null)).satisfies(ex -> {
			Throwable cause = ex;
			while (cause != null && !(cause instanceof GovsiteException)) {
				cause = cause.getCause();
			}
			assertThat(cause).isInstanceOf(GovsiteException.class);
			assertThat(((GovsiteException) cause).type()).isEqualTo(ProblemType.SITE_REQUIRED);
		});
		assertThatThrownBy(() -> this.articles.selectById(1L)).isNotNull();
	}

	@Test
	void aQueryWithASiteSeesOnlyThatSite() {
		SiteRef siteA = new SiteRef(71, "ta");
		SiteRef siteB = new SiteRef(72, "tb");
		long idA = TenantContext.callAs(siteA, () -> insert(siteA, "甲"));
		long idB = TenantContext.callAs(siteB, () -> insert(siteB, "乙"));

		assertThat(TenantContext.callAs(siteA, () -> this.articles.selectList(null))).extracting(Article::getId)
			.containsExactly(idA);
		assertThat(TenantContext.callAs(siteA, () -> this.articles.selectById(idB))).isNull();
		// An update aimed at the other site's row changes nothing.
		assertThat(TenantContext.callAs(siteA, () -> this.articles.move(idB, ArticleState.DRAFT, 0,
				ArticleState.PUBLISHED, 0, null, Instant.now(), Instant.now())))
			.isZero();
		assertThat(TenantContext.callAs(siteB, () -> this.articles.selectById(idB).getState()))
			.isEqualTo(ArticleState.DRAFT);
	}

	private long insert(SiteRef site, String title) {
		Article article = new Article();
		article.setSiteId(site.id());
		article.setColumnId(1L);
		article.setTitle(title);
		article.setBody("正文");
		article.setState(ArticleState.DRAFT);
		article.setCreatedBy("test");
		article.setCreatedAt(Instant.now());
		article.setUpdatedAt(Instant.now());
		this.articles.insert(article);
		return article.getId();
	}

}
