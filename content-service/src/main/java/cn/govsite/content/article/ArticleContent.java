package cn.govsite.content.article;

import java.time.Instant;

/**
 * What an author writes: title, body (plain text or HTML), source, whether the item is
 * major/sensitive (重大敏感, needs the chief's approval) and when it should go live.
 */
public record ArticleContent(String title, String body, String source, boolean major, Instant publishAt) {

}
