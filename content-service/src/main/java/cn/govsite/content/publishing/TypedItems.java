package cn.govsite.content.publishing;

import java.util.List;

import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleMapper;
import cn.govsite.content.item.ContentType;
import cn.govsite.content.template.TemplateName;

/**
 * What an item's type means for its page: the template it is rendered with and the
 * published items it links to (a policy document's interpretations, an interpretation's
 * document), which publishing renders again when it changes.
 */
final class TypedItems {

	private final ArticleMapper articles;

	TypedItems(ArticleMapper articles) {
		this.articles = articles;
	}

	/** Interpretations and service guides have templates of their own. */
	static TemplateName templateOf(Article article) {
		return switch (article.type()) {
			case POLICY_INTERPRETATION -> TemplateName.INTERPRETATION;
			case SERVICE_GUIDE -> TemplateName.SERVICE_GUIDE;
			default -> TemplateName.ARTICLE;
		};
	}

	/**
	 * The published items the item's page links to. Not {@code PolicyDocuments.linked}:
	 * pages list only published items, and this runs for every page a batch renders, so
	 * it reads no bodies.
	 */
	List<Article> of(Article article) {
		return switch (article.type()) {
			case POLICY_DOCUMENT -> this.articles.selectList(SitePages.published(null)
				.select(Article::getId, Article::getTitle, Article::getColumnId, Article::getPublishedAt)
				.eq(Article::getRelatedId, article.getId())
				.eq(Article::getContentType, ContentType.POLICY_INTERPRETATION)
				.orderByDesc(Article::getPublishedAt)
				.last("LIMIT 20"));
			case POLICY_INTERPRETATION -> (article.getRelatedId() == null) ? List.of()
					: this.articles.selectList(SitePages.published(null)
						.select(Article::getId, Article::getTitle, Article::getColumnId, Article::getPublishedAt)
						.eq(Article::getId, article.getRelatedId()));
			default -> List.of();
		};
	}

}
