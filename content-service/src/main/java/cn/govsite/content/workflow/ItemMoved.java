package cn.govsite.content.workflow;

import cn.govsite.content.article.Article;
import cn.govsite.content.article.ArticleState;

/**
 * Announced inside the transaction of every workflow step, so features that follow an
 * item (the adoption of pushed items) update in the same transaction.
 */
public record ItemMoved(Article article, ReviewAction action, ArticleState from, ArticleState to, String by) {

}
