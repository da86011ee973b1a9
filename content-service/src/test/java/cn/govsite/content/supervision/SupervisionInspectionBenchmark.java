package cn.govsite.content.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.tenant.SiteRef;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a pass/fail test: times a full daily inspection of 100 sites × 200 published items
 * (20 columns of 10 items, ~1,000 characters each) against the real database, next to a
 * baseline measured in the same run: reading the same columns and items without judging
 * them. Run with
 * {@code ./mvnw -o -B -pl content-service -am verify -Dtest='SupervisionInspectionBenchmark' -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
class SupervisionInspectionBenchmark extends ContentIntegrationTest {

	private static final int SITES = 100;

	private static final int COLUMNS = 20;

	private static final int ITEMS_PER_COLUMN = 10;

	private static final String[] CATEGORIES = { "DYNAMIC_NEWS", "NOTICES", "POLICY_DOCUMENTS", "DISCLOSURE",
			"SERVICE" };

	@Autowired
	private InspectionService inspections;

	@Autowired
	private ContentFacts content;

	@Autowired
	private ColumnFacts columns;

	@Test
	void fullInspectionOfHundredSites() {
		ZonedDateTime now = ZonedDateTime.of(2035, 1, 1, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
			.plusDays(ThreadLocalRandom.current().nextInt(1000));
		String body = body();
		List<InspectionService.Site> sites = new ArrayList<>();
		long firstId = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
		long seeding = System.nanoTime();
		for (int s = 0; s < SITES; s++) {
			long siteId = firstId + s;
			String code = "b" + randomHex(5);
			this.jdbc.update("INSERT INTO site_profile (site_id, code, name, kind, updated_at) VALUES (?, ?, ?, ?, ?)",
					siteId, code, "基准站点" + s, "DEPARTMENT", Timestamp.from(Instant.now()));
			sites.add(new InspectionService.Site(new SiteRef(siteId, code), "基准站点" + s));
			List<Object[]> articles = new ArrayList<>();
			for (int c = 0; c < COLUMNS; c++) {
				this.jdbc.update(
						"INSERT INTO site_column (site_id, name, code, category, cycle_kind, cycle_count, responsible_unit, "
								+ "method, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PUBLISH_AFTER_REVIEW', 'bench', ?)",
						siteId, "栏目" + c, "c" + c, CATEGORIES[c % CATEGORIES.length], (c % 3 == 0) ? "WEEKLY" : null, 0,
						"单位" + c, Timestamp.from(Instant.now()));
				long columnId = this.jdbc.queryForObject("SELECT MAX(id) FROM site_column WHERE site_id = ?",
						Long.class, siteId);
				for (int i = 0; i < ITEMS_PER_COLUMN; i++) {
					Timestamp at = Timestamp.from(now.minusDays((long) (c + 1) * (i + 1)).toInstant());
					articles.add(new Object[] { siteId, columnId, "第" + i + "条信息：关于做好冬季安全生产工作的通知", body, at, at, at });
				}
			}
			this.jdbc
				.batchUpdate(
						"INSERT INTO article (site_id, column_id, title, body, state, created_by, created_at, "
								+ "updated_at, published_at) VALUES (?, ?, ?, ?, 'PUBLISHED', 'bench', ?, ?, ?)",
						articles);
		}
		System.out.printf("seeded %d sites × %d items in %.1f s%n", SITES, COLUMNS * ITEMS_PER_COLUMN,
				(System.nanoTime() - seeding) / 1e9);

		// Warm-up: JIT, connection pool, dictionaries.
		for (int i = 0; i < 3; i++) {
			this.inspections.inspect(sites.get(i), now.minusDays(1).toInstant());
			baseline(sites.get(i));
		}

		long start = System.nanoTime();
		long rows = 0;
		for (InspectionService.Site site : sites) {
			rows += baseline(site);
		}
		double baseline = (System.nanoTime() - start) / 1e9;

		start = System.nanoTime();
		for (InspectionService.Site site : sites) {
			this.columns.columns(site.ref().id());
			this.columns.homePageUpdatedAt(site.ref().id());
		}
		double columnFacts = (System.nanoTime() - start) / 1e9;

		start = System.nanoTime();
		for (InspectionService.Site site : sites) {
			this.content.findings(site.ref().id());
		}
		double recheck = (System.nanoTime() - start) / 1e9;

		start = System.nanoTime();
		for (InspectionService.Site site : sites) {
			this.inspections.inspect(site, now.toInstant());
		}
		double full = (System.nanoTime() - start) / 1e9;
		System.out.printf("  of which column facts (one query per site): %.2f s; re-check of every item: %.2f s%n",
				columnFacts, recheck);

		System.out.printf("baseline: read %d rows (columns + items with bodies) of %d sites: %.2f s%n", rows, SITES,
				baseline);
		System.out.printf("full inspection of %d sites × %d items (freshness, veto, re-check, store, warnings): "
				+ "%.2f s, %.1f ms per site%n", SITES, COLUMNS * ITEMS_PER_COLUMN, full, full * 1000 / SITES);
		System.out.printf("ratio full inspection / baseline read: %.2f%n", full / baseline);

		Integer stored = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM supervision_inspection WHERE inspected_on = ? AND site_id BETWEEN ? AND ?",
				Integer.class, now.toLocalDate(), firstId, firstId + SITES - 1);
		assertThat(stored).isEqualTo(SITES);
	}

	/** Reads what an inspection reads, and nothing more. */
	private long baseline(InspectionService.Site site) {
		long[] count = { 0 };
		this.jdbc.query("SELECT id, category, cycle_kind FROM site_column WHERE site_id = ?", rs -> {
			count[0]++;
		}, site.ref().id());
		this.jdbc.query(
				"SELECT id, column_id, title, body, published_at FROM article WHERE site_id = ? AND state = 'PUBLISHED'",
				rs -> {
					count[0] += (rs.getString(4).length() > 0) ? 1 : 0;
				}, site.ref().id());
		return count[0];
	}

	private static String body() {
		StringBuilder text = new StringBuilder("<p>");
		while (text.length() < 1000) {
			text.append("为切实做好冬季安全生产工作，区政府召开专题会议，对全区安全生产工作进行部署。会议要求各单位按装相关规定落实责任。");
		}
		return text.append("</p>").toString();
	}

}
