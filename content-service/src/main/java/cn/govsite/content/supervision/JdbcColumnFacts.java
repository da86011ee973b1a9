package cn.govsite.content.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.govsite.content.column.CycleKind;
import cn.govsite.content.column.InspectionCategory;
import cn.govsite.content.column.UpdateCycle;

/**
 * {@link ColumnFacts} over today's {@code site_column} and {@code article} tables. Plain
 * JDBC naming the site: inspection runs outside any request, site after site.
 */
@Component
class JdbcColumnFacts implements ColumnFacts {

	private static final String COLUMNS = """
			SELECT c.id, c.name, c.code, c.category, c.cycle_kind, c.cycle_count, c.cycle_text, c.responsible_unit,
			       c.method, c.link_url,
			       (SELECT COUNT(*) FROM site_column k WHERE k.site_id = c.site_id AND k.parent_id = c.id) AS children,
			       (SELECT COUNT(*) FROM article a
			         WHERE a.site_id = c.site_id AND a.column_id = c.id AND a.state = 'PUBLISHED') AS items,
			       (SELECT MAX(a.published_at) FROM article a
			         WHERE a.site_id = c.site_id AND a.column_id = c.id AND a.state = 'PUBLISHED') AS last_published
			  FROM site_column c
			 WHERE c.site_id = ?
			 ORDER BY c.id
			""";

	private final JdbcTemplate jdbc;

	JdbcColumnFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ColumnFact> columns(long siteId) {
		return this.jdbc.query(COLUMNS, JdbcColumnFacts::fact, siteId);
	}

	@Override
	public Optional<Instant> homePageUpdatedAt(long siteId) {
		Timestamp last = this.jdbc.queryForObject(
				"SELECT MAX(published_at) FROM article WHERE site_id = ? AND state = 'PUBLISHED'", Timestamp.class,
				siteId);
		return Optional.ofNullable(last).map(Timestamp::toInstant);
	}

	private static ColumnFact fact(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("cycle_kind");
		UpdateCycle cycle = (kind != null)
				? new UpdateCycle(CycleKind.valueOf(kind), rs.getInt("cycle_count"), rs.getString("cycle_text")) : null;
		String category = rs.getString("category");
		Timestamp last = rs.getTimestamp("last_published");
		boolean jumpLink = "JUMP_LINK".equals(rs.getString("method")) || rs.getString("link_url") != null;
		return new ColumnFact(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
				(category != null) ? InspectionCategory.valueOf(category) : null, cycle,
				rs.getString("responsible_unit"), jumpLink, rs.getLong("children") > 0, rs.getLong("items"),
				(last != null) ? last.toInstant() : null);
	}

}
