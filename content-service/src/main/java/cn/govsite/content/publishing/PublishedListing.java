package cn.govsite.content.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 已发布清单 — every published item of every site, in article id order, page by page: what
 * search-service reads for a full reindex from the source of truth. Plain JDBC naming no
 * site: the listing is platform-wide by design, and only services may call it.
 */
@Component
class PublishedListing {

	private static final String PAGE = """
			SELECT a.id, a.site_id, p.code, p.name AS site_name, p.domain, a.column_id, c.name AS column_name,
			       a.title, a.body, a.attachments, a.published_at, a.archived_at, a.updated_at
			  FROM article a
			  JOIN site_profile p ON p.site_id = a.site_id
			  JOIN site_column c ON c.id = a.column_id
			 WHERE a.state = 'PUBLISHED' AND a.id > ?
			 ORDER BY a.id
			 LIMIT ?
			""";

	private final JdbcTemplate jdbc;

	PublishedListing(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code size} published items with an id above {@code after}. */
	List<Item> page(long after, int size) {
		return this.jdbc.query(PAGE, PublishedListing::item, after, size);
	}

	/** How many items are published now, for the reader's progress. */
	long total() {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE state = 'PUBLISHED'", Long.class);
		return (count != null) ? count : 0;
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		ArticlePublished document = ArticlePublished.of(id, rs.getLong("site_id"), rs.getString("code"),
				rs.getString("site_name"), rs.getString("domain"), rs.getLong("column_id"), rs.getString("column_name"),
				rs.getString("title"), rs.getString("body"), instant(rs.getTimestamp("published_at")),
				instant(rs.getTimestamp("archived_at")), rs.getString("attachments"));
		return new Item(id, "article-" + id, instant(rs.getTimestamp("updated_at")).toEpochMilli(), document);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * One item as search indexes it.
	 *
	 * @param version the last change in epoch milliseconds: never above the time of the
	 * event the same change reported, so a copy never overwrites what an event wrote
	 */
	record Item(long articleId, String id, long version, ArticlePublished document) {
	}

}
