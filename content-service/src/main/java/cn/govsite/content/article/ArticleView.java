package cn.govsite.content.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import tools.jackson.databind.JsonNode;

import cn.govsite.content.item.ContentType;
import cn.govsite.content.item.ItemTypes;
import cn.govsite.content.item.PolicyDocumentFields;
import cn.govsite.content.item.ResourceRef;

/**
 * An article as the API shows it; {@code path} is the public page's path once published,
 * {@code approvals} the review levels passed since the last edit, and the check counts
 * those of the latest save. {@code type}, {@code fields} and {@code attachments} are the
 * typed part; {@code links} the linked items (a policy document's interpretations, an
 * interpretation's document) when the item is read on its own; {@code origin} where a
 * pushed or reprinted item came from; {@code archiveMark} "已归档（date）" once archived;
 * {@code validity} a policy document's 有效/已修改/已废止.
 */
public record ArticleView(long id, long siteId, long columnId, String title, String body, String source,
		ArticleState state, String createdBy, Instant createdAt, Instant updatedAt, Instant publishedAt, String path,
		boolean major, int approvals, Instant publishAt, int version, int checkBlocking, int checkWarnings,
		ContentType type, String typeLabel, JsonNode fields, List<ResourceRef> attachments, LocalDate occurredOn,
		List<Link> links, ItemOrigin origin, Instant archivedAt, String archiveMark, String validity,
		String validityLabel) {

	/** A linked item: id, type, title, state. */
	public record Link(long id, ContentType type, String title, ArticleState state) {

		static Link of(Article article) {
			return new Link(article.getId(), article.type(), article.getTitle(), article.getState());
		}

	}

	private static final DateTimeFormatter ARCHIVE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(ZoneId.of("Asia/Shanghai"));

	public static ArticleView of(Article article) {
		return of(article, List.of());
	}

	public static ArticleView of(Article article, List<Article> linked) {
		ItemTypes types = ItemTypes.STANDARD;
		PolicyDocumentFields.Validity validity = validity(article, types);
		return new ArticleView(article.getId(), article.getSiteId(), article.getColumnId(), article.getTitle(),
				article.getBody(), article.getSource(), article.getState(), article.getCreatedBy(),
				article.getCreatedAt(), article.getUpdatedAt(), article.getPublishedAt(),
				(article.getState() == ArticleState.PUBLISHED) ? article.publicPath() : null, article.flaggedMajor(),
				orZero(article.getApprovals()), article.getPublishAt(), orZero(article.getVersion()),
				orZero(article.getCheckBlocking()), orZero(article.getCheckWarnings()), article.type(),
				article.type().label(), types.tree(article.getTypeData()),
				types.readAttachments(article.getAttachments()), article.getOccurredOn(),
				linked.stream().map(Link::of).toList(), ItemOrigin.of(article), article.getArchivedAt(),
				archiveMark(article), (validity != null) ? validity.name() : null,
				(validity != null) ? validity.label() : null);
	}

	/** 已归档 with the day, as pages show it. */
	public static String archiveMark(Article article) {
		return (article.getArchivedAt() != null) ? "已归档（" + ARCHIVE_DAY.format(article.getArchivedAt()) + "）" : null;
	}

	/** A policy document's validity (有效/已修改/已废止), shown wherever it is listed. */
	private static PolicyDocumentFields.Validity validity(Article article, ItemTypes types) {
		if (article.type() != ContentType.POLICY_DOCUMENT) {
			return null;
		}
		return (types.readStored(article.type(), article.getTypeData()) instanceof PolicyDocumentFields document)
				? document.validity() : null;
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

}
