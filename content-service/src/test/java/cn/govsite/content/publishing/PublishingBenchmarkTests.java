package cn.govsite.content.publishing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.common.tenant.TenantContext;
import cn.govsite.content.site.SiteDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering speed and what incremental publishing saves: pages rendered (and written to
 * S3) per second by a full site republish of a site with N published articles, against
 * the cost of publishing one more article incrementally in the same run. A plain timed
 * benchmark: it prints its figures (grep {@code publishing-bench}) and asserts no timing.
 * Tagged {@code benchmark}; run it with
 * {@code ./mvnw -o -B -pl content-service -am verify -Dtest=PublishingBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dgovsite.bench.items=2000}.
 */
@Tag("benchmark")
@TestPropertySource(properties = { "govsite.content.publishing.republish-pause=0ms",
		"govsite.content.publishing.republish-batch=200", "govsite.content.publishing.job-poll-interval=1h" })
class PublishingBenchmarkTests extends cn.govsite.content.support.ContentIntegrationTest {

	private static final int ITEMS = Integer.getInteger("govsite.bench.items", 2000);

	private static final int INCREMENTAL_ROUNDS = 10;

	@Autowired
	private SiteRepublisher republisher;

	@Autowired
	private RenderJobs jobs;

	@Autowired
	private SitePages pages;

	@Autowired
	private SiteDirectory sites;

	@Autowired
	private PageStore store;

	@Test
	void fullRepublishVersusIncrementalPublishing() {
		TestSite site = siteFromEvent("基准测试站点");
		String admin = userWith(site, "site-admin");
		List<Long> columns = new ArrayList<>();
		for (int top = 0; top < 4; top++) {
			long parent = directColumn(site, "一级栏目" + top);
			columns.add(parent);
			for (int child = 0; child < 2; child++) {
				Response made = api().post("/columns", admin, site.ref(),
						Map.of("name", "二级栏目" + top + "-" + child, "parentId", parent, "method", "DIRECT_PUBLISH"));
				columns.add(made.json().get("id").asLong());
			}
		}
		seed(site, columns);
		// The first publication records the column tree; warm the JIT and the caches.
		publishOne(site, admin, columns.get(1));

		long writesBefore = this.store.writes(site.code());
		long start = System.nanoTime();
		RenderJob job = TenantContext.callAs(site.ref(),
				() -> this.jobs.queue(RenderJob.Kind.REPUBLISH, "benchmark", "benchmark"));
		TenantContext.runAs(site.ref(), () -> this.republisher.run(job.getId()));
		double fullSeconds = (System.nanoTime() - start) / 1e9;
		long fullPages = this.store.writes(site.code()) - writesBefore;
		assertThat(fullPages).isGreaterThan(ITEMS);

		// Rendering alone (no storage, no database writes): article pages per second.
		int renderOnly = Math.min(ITEMS, 1000);
		double renderSeconds = TenantContext.callAs(site.ref(), () -> {
			SitePages.Context context = this.pages.context(this.sites.require(site.ref()));
			List<PageRef> articles = this.pages.all(context)
				.stream()
				.filter(ref -> ref.kind() == PageRef.Kind.ARTICLE)
				.limit(renderOnly)
				.toList();
			long t = System.nanoTime();
			articles.forEach(ref -> this.pages.render(context, ref).orElseThrow());
			return (System.nanoTime() - t) / 1e9;
		});

		long incWrites = 0;
		long incNanos = 0;
		for (int i = 0; i < INCREMENTAL_ROUNDS; i++) {
			long before = this.store.writes(site.code());
			long t = System.nanoTime();
			publishOne(site, admin, columns.get(1 + (i % 2)));
			incNanos += System.nanoTime() - t;
			incWrites += this.store.writes(site.code()) - before;
		}
		double incSeconds = incNanos / 1e9 / INCREMENTAL_ROUNDS;
		double incPages = (double) incWrites / INCREMENTAL_ROUNDS;

		System.out.printf(
				"publishing-bench: items=%d full republish %d pages in %.2f s = %.0f pages/s (render+S3+DB); "
						+ "render only %.0f article pages/s%n",
				ITEMS, fullPages, fullSeconds, fullPages / fullSeconds, renderOnly / renderSeconds);
		System.out.printf(
				"publishing-bench: incremental publish (HTTP, workflow, render, S3) %.1f pages in %.3f s; "
						+ "full/incremental pages ratio %.0fx, time ratio %.0fx%n",
				incPages, incSeconds, fullPages / incPages, fullSeconds / incSeconds);
	}

	private void publishOne(TestSite site, String admin, long column) {
		long id = draft(admin, site, column, "基准测试稿件", "正文。");
		assertThat(api().post("/articles/" + id + "/publish", admin, site.ref(), "").status()).isEqualTo(200);
	}

	/** N published articles straight into the database, spread over the columns. */
	private void seed(TestSite site, List<Long> columns) {
		Instant base = Instant.parse("2020-01-01T00:00:00Z");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			Timestamp at = Timestamp.from(base.plusSeconds(i * 600L));
			rows.add(new Object[] { site.ref().id(), columns.get(i % columns.size()), "基准稿件第" + i + "号关于有关工作的通知",
					"<p>为做好有关工作，现将有关事项通知如下。</p>".repeat(20), "PUBLISHED", at, at, at });
		}
		this.jdbc.batchUpdate("INSERT INTO article (site_id, column_id, title, body, source, state, created_by, "
				+ "created_at, updated_at, published_at) VALUES (?, ?, ?, ?, '基准', ?, 'bench', ?, ?, ?)", rows);
	}

}
