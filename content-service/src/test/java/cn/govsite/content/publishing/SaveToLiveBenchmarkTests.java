package cn.govsite.content.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "save → live" figure: on a site with N published articles (default 100,000;
 * {@code -Dgovsite.bench.items}), the time from an editor saving an article (the draft's
 * POST) through publishing it (the publish POST, which renders the affected pages and
 * writes them to S3 before answering) until its page can be read back from the pages
 * bucket with the new title, over R rounds (default 50; {@code -Dgovsite.bench.rounds}).
 * The baseline is the same on an empty site (same column tree, no other articles),
 * measured in the same run with the rounds interleaved so both see the same machine load.
 * Prints p50/p99/max of each and the ratios (grep {@code save-to-live}); asserts no
 * timing. The goal: p99 at most 2 s.
 * <p>
 * The N articles are seeded straight into the database with one {@code INSERT … SELECT}
 * per 10,000 rows from MariaDB's built-in sequence engine ({@code seq_0_to_9999}), not
 * through the API: creating and publishing 100,000 articles one by one would take hours
 * and measure seeding, not publishing. They are dated from 2020 ten minutes apart, spread
 * round-robin over the 12 columns (4 top-level, each with 2 children), so every column
 * list has hundreds of pages; a new article lands last. No page of them is rendered:
 * publishing one article renders only what depends on it.
 * <p>
 * Tagged {@code benchmark}; run it with
 * {@code ./mvnw -o -B -pl content-service -am verify -Dtest=SaveToLiveBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dgovsite.bench.items=100000}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "govsite.content.publishing.job-poll-interval=1h")
class SaveToLiveBenchmarkTests extends ContentIntegrationTest {

	private static final int ITEMS = Integer.getInteger("govsite.bench.items", 100_000);

	private static final int ROUNDS = Integer.getInteger("govsite.bench.rounds", 50);

	private static final int SEED_CHUNK = 10_000;

	private static final Duration LIVE_WITHIN = Duration.ofSeconds(60);

	@Autowired
	private PageStore store;

	@Test
	void saveToLiveOnABigSiteAgainstAnEmptyOne() {
		Fixture empty = fixture("空站点基准");
		Fixture big = fixture("十万篇稿件站点");
		long seedStart = System.nanoTime();
		seed(big);
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
		Integer published = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM article WHERE site_id = ? AND state = 'PUBLISHED'", Integer.class,
				big.site().ref().id());
		assertThat(published).isEqualTo(ITEMS);

		// Tokens after seeding (they last 15 minutes); warm-up publications record each
		// site's column tree and warm the JIT, the pools and the caches.
		signIn(empty);
		signIn(big);
		for (int i = 0; i < 3; i++) {
			saveToLive(empty, i);
			saveToLive(big, i);
		}
		List<Sample> emptySamples = new ArrayList<>();
		List<Sample> bigSamples = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			emptySamples.add(saveToLive(empty, i));
			bigSamples.add(saveToLive(big, i));
		}
		Stats emptyStats = Stats.of(emptySamples);
		Stats bigStats = Stats.of(bigSamples);
		System.out.printf("save-to-live: seeded %d published articles in %.1f s (bulk INSERT ... SELECT)%n", ITEMS,
				seedSeconds);
		System.out.printf("save-to-live: empty site    %s%n", emptyStats);
		System.out.printf("save-to-live: %,d articles %s%n", ITEMS, bigStats);
		System.out.printf(
				"save-to-live: %d rounds; big/empty p50 %.2fx, p99 %.2fx; big-site p99 %.3f s (goal <= 2 s)%n", ROUNDS,
				bigStats.p50() / emptyStats.p50(), bigStats.p99() / emptyStats.p99(), bigStats.p99() / 1000);
	}

	/**
	 * Saves a new draft in one of the site's columns, publishes it and waits until its
	 * page is readable in the pages bucket with its title.
	 */
	private Sample saveToLive(Fixture fixture, int round) {
		String title = "基准稿件" + randomHex(4) + "号通知";
		long column = fixture.leaves().get(round % fixture.leaves().size());
		long start = System.nanoTime();
		long id = draft(fixture.admin(), fixture.site(), column, title, "<p>为做好有关工作，现将有关事项通知如下。</p>".repeat(20));
		long saved = System.nanoTime();
		Response publish = api().post("/articles/" + id + "/publish", fixture.admin(), fixture.site().ref(), "");
		assertThat(publish.status()).as(publish.body()).isEqualTo(200);
		long answered = System.nanoTime();
		JsonNode result = publish.json();
		String key = fixture.site().code() + result.get("path").asString();
		byte[] page = null;
		long deadline = answered + LIVE_WITHIN.toNanos();
		while (page == null) {
			Optional<byte[]> read = this.store.read(key);
			if (read.isPresent() && new String(read.get(), java.nio.charset.StandardCharsets.UTF_8).contains(title)) {
				page = read.get();
			}
			else {
				assertThat(System.nanoTime()).as("page " + key + " live within " + LIVE_WITHIN).isLessThan(deadline);
				sleep();
			}
		}
		long live = System.nanoTime();
		int written = result.get("files").size() + result.get("alsoWritten").size();
		return new Sample((live - start) / 1e6, (saved - start) / 1e6, (answered - saved) / 1e6, written);
	}

	private static void sleep() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A fresh token of a new site admin. */
	private void signIn(Fixture fixture) {
		fixture.token()[0] = userWith(fixture.site(), "site-admin");
	}

	/**
	 * A site with the benchmark's column tree: 4 top-level columns with 2 children each.
	 */
	private Fixture fixture(String name) {
		TestSite site = siteFromEvent(name);
		Fixture fixture = new Fixture(site, new ArrayList<>(), new ArrayList<>(), new String[1]);
		signIn(fixture);
		for (int top = 0; top < 4; top++) {
			long parent = column(fixture.admin(), site, "一级栏目" + top);
			fixture.columns().add(parent);
			for (int child = 0; child < 2; child++) {
				Response made = api().post("/columns", fixture.admin(), site.ref(),
						Map.of("name", "二级栏目" + top + "-" + child, "parentId", parent, "method", "DIRECT_PUBLISH"));
				assertThat(made.status()).isEqualTo(201);
				long leaf = made.json().get("id").asLong();
				fixture.columns().add(leaf);
				fixture.leaves().add(leaf);
			}
		}
		return fixture;
	}

	/**
	 * ITEMS published articles in bulk SQL, {@link #SEED_CHUNK} rows per statement from
	 * the sequence engine, round-robin over the site's columns.
	 */
	private void seed(Fixture fixture) {
		List<Long> columns = fixture.columns();
		StringBuilder column = new StringBuilder("ELT(1 + MOD(n, ").append(columns.size()).append(")");
		columns.forEach(id -> column.append(", ").append(id));
		column.append(")");
		String sql = "INSERT INTO article (site_id, column_id, title, body, source, state, created_by, created_at, "
				+ "updated_at, published_at) SELECT ?, " + column
				+ ", CONCAT('基准稿件第', n, '号关于有关工作的通知'), ?, '基准', 'PUBLISHED', 'bench', t, t, t FROM (SELECT seq + ? AS n, "
				+ "TIMESTAMP('2020-01-01 00:00:00') + INTERVAL ((seq + ?) * 600) SECOND AS t FROM seq_0_to_"
				+ (SEED_CHUNK - 1) + ") s WHERE n < ?";
		String body = "<p>为做好有关工作，现将有关事项通知如下。</p>".repeat(20);
		for (int from = 0; from < ITEMS; from += SEED_CHUNK) {
			this.jdbc.update(sql, fixture.site().ref().id(), body, from, from, ITEMS);
		}
	}

	/**
	 * A benchmark site, its columns (leaves get the new articles) and its admin's token.
	 */
	private record Fixture(TestSite site, List<Long> columns, List<Long> leaves, String[] token) {

		String admin() {
			return this.token[0];
		}

	}

	/** One save → live, in milliseconds, and how many pages the publish wrote. */
	private record Sample(double totalMillis, double saveMillis, double publishMillis, int pagesWritten) {
	}

	private record Stats(double p50, double p99, double max, double saveP50, double publishP50, double pages) {

		static Stats of(List<Sample> samples) {
			return new Stats(percentile(samples, Sample::totalMillis, 50), percentile(samples, Sample::totalMillis, 99),
					percentile(samples, Sample::totalMillis, 100), percentile(samples, Sample::saveMillis, 50),
					percentile(samples, Sample::publishMillis, 50),
					samples.stream().mapToInt(Sample::pagesWritten).average().orElse(0));
		}

		/** Nearest-rank percentile. */
		private static double percentile(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value,
				int percent) {
			double[] sorted = samples.stream().mapToDouble(value).sorted().toArray();
			int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
		}

		@Override
		public String toString() {
			return "save->live p50 %.0f ms p99 %.0f ms max %.0f ms (save p50 %.0f ms, publish p50 %.0f ms, %.1f pages written)"
				.formatted(this.p50, this.p99, this.max, this.saveP50, this.publishP50, this.pages);
		}

	}

}
