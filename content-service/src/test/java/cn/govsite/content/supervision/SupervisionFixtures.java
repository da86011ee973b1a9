package cn.govsite.content.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.govsite.common.test.ServiceClient;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest.TestSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds sites for supervision tests: columns through the API (as a site admin would),
 * published items straight into the table, since only the table can hold an item
 * published months ago.
 */
public record SupervisionFixtures(ServiceClient api, JdbcTemplate jdbc, String admin, TestSite site) {

	public long column(String name, String category, String cycleText) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("responsibleUnit", "区政府办");
		if (category != null) {
			body.put("category", category);
		}
		if (cycleText != null) {
			body.put("cycleText", cycleText);
		}
		Response created = this.api.post("/columns", this.admin, this.site.ref(), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/**
	 * Opens the site's default mailboxes the way its admin or its 政民互动 page does: without
	 * them the site offers no consultation channel.
	 */
	public void mailboxes() {
		Response opened = this.api.get("/mailboxes", this.admin, this.site.ref());
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(opened.json().size()).isPositive();
	}

	public long published(long columnId, String title, String body, Instant publishedAt) {
		this.jdbc.update(
				"INSERT INTO article (site_id, column_id, title, body, state, created_by, created_at, updated_at, "
						+ "published_at) VALUES (?, ?, ?, ?, 'PUBLISHED', 'fixture', ?, ?, ?)",
				this.site.ref().id(), columnId, title, body, Timestamp.from(publishedAt), Timestamp.from(publishedAt),
				Timestamp.from(publishedAt));
		return this.jdbc.queryForObject("SELECT MAX(id) FROM article WHERE site_id = ?", Long.class,
				this.site.ref().id());
	}

}
