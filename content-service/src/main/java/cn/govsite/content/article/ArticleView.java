package cn.govsite.content.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

import cn.govsite.content.item.ContentType;
import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.item.ResourceRef;

/**
 * An article as the API shows it; {@code path} is the public page's path once published,
 * {@code approvals} the review levels passed since the last edit, and the check counts
 * those of the latest save. {@code type}, {@code fields} and {@code attachments} are the
 * typed part; {@code links} the linked items (a policy document's interpretations, an
 * interpretation's document) when the item is read on its own.
 */
public record ArticleView(long id, long siteId, long columnId, String title, String body, String source,
		ArticleState state, String createdBy, Instant createdAt, Instant updatedAt, Instant publishedAt, String path,
		boolean major, int approvals, Instant publishAt, int version, int checkBlocking, int checkWarnings,
		ContentType type, String typeLabel, JsonNode fields, List<ResourceRef> attachments, LocalDate occurredOn,
		List<Link> links) {

	/** A linked item: id, type, title, state. */
	public record Link(long id, ContentType type, String title, ArticleState state) {

		static Link of(Article article) {
			return new Link(article.getId(), article.type(), article.getTitle(), article.getState());
		}

	}

	public static ArticleView of(Article article) {
		return of(article, List.of());
	}

	public static ArticleView of(Article article, List<Article> linked) {
		ItemTypes types = ItemTypes.STANDARD;
		return new ArticleView(article.getId(), article.getSiteId(), article.getColumnId(), article.getTitle(),
				article.getBody(), article.getSource(), article.getState(), article.getCreatedBy(),
				article.getCreatedAt(), article.getUpdatedAt(), article.getPublishedAt(),
				(article.getState() == ArticleState.PUBLISHED) ? article.publicPath() : null, article.flaggedMajor(),
				orZero(article.getApprovals()), article.getPublishAt(), orZero(article.getVersion()),
				orZero(article.getCheckBlocking()), orZero(article.getCheckWarnings()), article.type(),
				article.type().label(), types.tree(article.getTypeData()),
				types.readAttachments(article.getAttachments()), article.getOccurredOn(),
				linked.stream().map(Link::of).toList());
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

}
