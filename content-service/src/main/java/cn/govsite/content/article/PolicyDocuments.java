package cn.govsite.content.article;

import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;

import org.springframework.stereotype.Component;

import cn.govsite.content.item.ContentType;
import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.item.PolicyLinks;

/**
 * 政策文件与解读 — the link between a policy document and its interpretations, both ways, and
 * the rule that a document needing an interpretation is not approved or published without
 * one.
 */
@Component
public class PolicyDocuments {

	private final ArticleMapper articles;

	PolicyDocuments(ArticleMapper articles) {
		this.articles = articles;
	}

	/**
	 * The items linked to this one: a policy document's interpretations, or the document
	 * an interpretation explains.
	 */
	public List<Article> linked(Article article) {
		if (article.type() == ContentType.POLICY_DOCUMENT) {
			return interpretationsOf(article.getId());
		}
		if (article.getRelatedId() != null) {
			Article document = this.articles.selectById(article.getRelatedId());
			return (document != null) ? List.of(document) : List.of();
		}
		return List.of();
	}

	/** The interpretations of a policy document of the current site, oldest first. */
	public List<Article> interpretationsOf(long documentId) {
		return this.articles.selectList(Wrappers.<Article>lambdaQuery()
			.eq(Article::getContentType, ContentType.POLICY_INTERPRETATION)
			.eq(Article::getRelatedId, documentId)
			.orderByAsc(Article::getId));
	}

	/**
	 * Refuses to approve or publish a policy document that needs an interpretation
	 * without one ({@code interpretation-required}).
	 */
	public void requireInterpretation(Article article, boolean publishing) {
		if (article.type() != ContentType.POLICY_DOCUMENT) {
			return;
		}
		PolicyLinks.requireInterpretation(ItemTypes.STANDARD.readStored(article.type(), article.getTypeData()),
				interpretationsOf(article.getId()).stream().map(Article::getState).toList(), publishing);
	}

}
