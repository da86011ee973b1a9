package cn.govsite.content.feed;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import cn.govsite.common.tenant.SiteRef;

/**
 * The {@code column_feed} and {@code column_feed_entry} tables; every read names the
 * site.
 */
@Component
class FeedStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, column_id, kind, url, settings, interval_minutes, enabled, created_by, "
			+ "created_at, next_poll_at, last_polled_at, last_ok_at, last_error, failures, items_taken";

	private final JdbcTemplate jdbc;

	FeedStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long create(long siteId, long columnId, FeedKind kind, String url, FeedSettings settings, int interval, String by,
			Instant at) {
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO column_feed (site_id, column_id, kind, url, settings, interval_minutes, created_by, "
							+ "created_at, next_poll_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, siteId);
			insert.setLong(2, columnId);
			insert.setString(3, kind.name());
			insert.setString(4, url);
			insert.setString(5, JSON.writeValueAsString((settings != null) ? settings : FeedSettings.NONE));
			insert.setInt(6, interval);
			insert.setString(7, by);
			insert.setTimestamp(8, Timestamp.from(at));
			insert.setTimestamp(9, Timestamp.from(at));
			return insert;
		}, id);
		return id.getKey().longValue();
	}

	void update(long siteId, long id, long columnId, FeedKind kind, String url, FeedSettings settings, int interval,
			boolean enabled, Instant nextPoll) {
		this.jdbc.update(
				"UPDATE column_feed SET column_id = ?, kind = ?, url = ?, settings = ?, interval_minutes = ?, enabled = ?, "
						+ "next_poll_at = ? WHERE site_id = ? AND id = ?",
				columnId, kind.name(), url, JSON.writeValueAsString((settings != null) ? settings : FeedSettings.NONE),
				interval, enabled, Timestamp.from(nextPoll), siteId, id);
	}

	Optional<FeedView> find(long siteId, long id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM column_feed WHERE site_id = ? AND id = ?", FeedStore::feed, siteId, id)
			.stream()
			.findFirst();
	}

	List<FeedView> list(long siteId, Long columnId) {
		return this.jdbc.query("SELECT " + COLUMNS
				+ " FROM column_feed WHERE site_id = ? AND (? IS NULL OR column_id = ?) " + "ORDER BY id",
				FeedStore::feed, siteId, columnId, columnId);
	}

	boolean delete(long siteId, long id) {
		this.jdbc.update("DELETE FROM column_feed_entry WHERE feed_id = ? AND EXISTS "
				+ "(SELECT 1 FROM column_feed f WHERE f.id = ? AND f.site_id = ?)", id, id, siteId);
		return this.jdbc.update("DELETE FROM column_feed WHERE site_id = ? AND id = ?", siteId, id) == 1;
	}

	/** Feeds of every site whose next poll is due (platform-wide on purpose). */
	List<Due> due(Instant now, int limit) {
		return this.jdbc.query(
				"SELECT f.id, f.site_id, p.code FROM column_feed f JOIN site_profile p ON p.site_id = f.site_id "
						+ "WHERE f.enabled AND f.next_poll_at <= ? ORDER BY f.next_poll_at LIMIT " + limit,
				(rs, row) -> new Due(rs.getLong(1), new SiteRef(rs.getLong(2), rs.getString(3))), Timestamp.from(now));
	}

	record Due(long feedId, SiteRef site) {
	}

	void polling(long id, Instant at, int intervalMinutes) {
		this.jdbc.update("UPDATE column_feed SET last_polled_at = ?, next_poll_at = ? WHERE id = ?", Timestamp.from(at),
				Timestamp.from(at.plusSeconds(60L * intervalMinutes)), id);
	}

	void succeeded(long id, int taken, Instant at) {
		this.jdbc.update("UPDATE column_feed SET last_ok_at = ?, last_error = NULL, failures = 0, "
				+ "items_taken = items_taken + ? WHERE id = ?", Timestamp.from(at), taken, id);
	}

	int failed(long id, String error) {
		String trimmed = (error.length() > 1000) ? error.substring(0, 1000) : error;
		this.jdbc.update("UPDATE column_feed SET last_error = ?, failures = failures + 1 WHERE id = ?", trimmed, id);
		Integer failures = this.jdbc.queryForObject("SELECT failures FROM column_feed WHERE id = ?", Integer.class, id);
		return (failures != null) ? failures : 1;
	}

	/** Which of the keys the feed delivered before. */
	List<String> seen(long feedId, Collection<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", keys.stream().map(k -> "?").toList());
		Object[] args = new Object[keys.size() + 1];
		args[0] = feedId;
		int i = 1;
		for (String key : keys) {
			args[i++] = key;
		}
		return this.jdbc.queryForList(
				"SELECT entry_key FROM column_feed_entry WHERE feed_id = ? AND entry_key IN (" + marks + ")",
				String.class, args);
	}

	void remember(long feedId, String key, Long articleId, Instant at) {
		this.jdbc.update("INSERT IGNORE INTO column_feed_entry (feed_id, entry_key, article_id, taken_at) "
				+ "VALUES (?, ?, ?, ?)", feedId, key, articleId, Timestamp.from(at));
	}

	private static FeedView feed(ResultSet rs, int row) throws SQLException {
		String settings = rs.getString(5);
		return new FeedView(rs.getLong(1), rs.getLong(2), FeedKind.valueOf(rs.getString(3)), rs.getString(4),
				(settings != null) ? JSON.readValue(settings, FeedSettings.class) : FeedSettings.NONE, rs.getInt(6),
				rs.getBoolean(7), rs.getString(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
				instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), rs.getString(13), rs.getInt(14),
				rs.getInt(15));
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

}
