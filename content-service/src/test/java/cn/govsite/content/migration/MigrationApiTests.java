package cn.govsite.content.migration;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.common.test.ServiceClient.Multipart;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The migration endpoints on the real servers: only the site's admin, bad mappings and
 * private addresses refused with every fault listed, a job resumed after a crash
 * continues from its persisted ledger and a later job of the site imports nothing twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationApiTests extends ContentIntegrationTest {

	private static final String BASE = "http://old.example.invalid";

	@Autowired
	private MigrationJobs jobs;

	private TestSite siteA;

	private TestSite siteB;

	private String adminA;

	private long column;

	@BeforeAll
	void sites() {
		this.siteA = siteFromEvent("迁移甲局");
		this.siteB = siteFromEvent("迁移乙局");
		this.adminA = userWith(this.siteA, "site-admin");
		this.column = directColumn(this.siteA, "工作动态");
	}

	private String mapping(String base) {
		return "baseUrl: " + base + "\npage: {title: h1, date: .date, body: div.article}\n"
				+ "sections: [{name: 动态, column: " + this.column + ", prefixes: [/gzdt/]}]\n";
	}

	private Response start(String token, TestSite site, String mapping, boolean dryRun) {
		return api().upload("/migrations?dryRun=" + dryRun, token, site.ref(), new Multipart().file("mapping",
				"mapping.yaml", "application/yaml", mapping.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void onlyTheSitesAdminMayMigrateIt() {
		String adminB = userWith(this.siteB, "site-admin");
		String editorA = userWith(this.siteA, "editor");
		assertThat(start(adminB, this.siteA, mapping(BASE), false).status()).isEqualTo(403);
		assertThat(start(editorA, this.siteA, mapping(BASE), true).status()).isEqualTo(403);
		assertThat(api().get("/migrations", adminB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().get("/migrations/1/report", adminB, this.siteA.ref()).status()).isEqualTo(403);
		assertThat(api().post("/migrations/1/resume", adminB, this.siteA.ref(), "").status()).isEqualTo(403);
		assertThat(start(null, this.siteA, mapping(BASE), false).status()).isEqualTo(401);
		assertThat(api().get("/migrations", null, this.siteA.ref()).status()).isEqualTo(401);
		// Site B's admin sees none of site A's jobs on its own site either.
		Response created = start(this.adminA, this.siteA, mapping(BASE), false);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(api().get("/migrations/" + id, adminB, this.siteB.ref()).status()).isEqualTo(404);
		assertThat(api().get("/migrations", adminB, this.siteB.ref()).json().size()).isZero();
	}

	@Test
	void aBadMappingIsOneProblemListingEveryFault() {
		Response bad = start(this.adminA, this.siteA,
				"baseUrl: http://127.0.0.1:9/\npage: {title: h1}\nsections: [{name: x, column: 987654321, prefixes: [/a/]}]\n",
				false);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("page.body", "sections[0].column", "baseUrl");
		Response privateAddress = start(this.adminA, this.siteA, mapping("http://127.0.0.1:9/"), true);
		assertThat(privateAddress.status()).isEqualTo(400);
		assertThat(privateAddress.errorFields()).containsExactly("baseUrl");
		Response none = api().upload("/migrations", this.adminA, this.siteA.ref(), new Multipart().field("name", "x"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.errorFields()).containsExactly("mapping");
	}

	@Test
	void aFailedJobIsResumedAndRunsToTheEnd() {
		long id = this.jobs.create(this.siteA.ref(), "旧站", mapping(BASE), "admin");
		this.jdbc.update("UPDATE migration_job SET state = 'FAILED' WHERE id = ?", id);
		assertThat(api().post("/migrations/" + id + "/cancel", this.adminA, this.siteA.ref(), "").status())
			.isEqualTo(409);
		Response resumed = api().post("/migrations/" + id + "/resume", this.adminA, this.siteA.ref(), "");
		assertThat(resumed.status()).isEqualTo(200);
		assertThat(resumed.json().get("state").asString()).isIn("QUEUED", "RUNNING", "DONE");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> api().get("/migrations/" + id, this.adminA, this.siteA.ref())
				.json()
				.get("state")
				.asString()
				.equals("DONE"));
		Response report = api().get("/migrations/" + id + "/report", this.adminA, this.siteA.ref());
		assertThat(report.json().get("failed").toString()).as("the old host does not resolve").contains(BASE);
		assertThat(api().post("/migrations/" + id + "/resume", this.adminA, this.siteA.ref(), "").status())
			.isEqualTo(409);
	}

	@Test
	void aRunStoppedMidwayContinuesFromItsLedgerAndALaterJobImportsNothingAgain() {
		Map<String, Fetched> site = new HashMap<>();
		StringBuilder links = new StringBuilder();
		for (int i = 1; i <= 30; i++) {
			links.append("<a href='/gzdt/").append(i).append(".html'>").append(i).append("</a>");
			site.put(BASE + "/gzdt/" + i + ".html", html("<h1>工作动态" + i + "</h1><span class='date'>2023-05-"
					+ (i % 28 + 1) + "</span><div class='article'><p>内容" + i + "</p></div>"));
		}
		site.put(BASE + "/", html(links.toString()));
		MigrationMapping mapping = MappingFile.parse(mapping(BASE));
		long siteId = this.siteA.ref().id();
		long job = this.jobs.create(this.siteA.ref(), "旧站", mapping(BASE), "admin");
		this.jdbc.update("UPDATE migration_job SET state = 'FAILED' WHERE id = ?", job);

		RecordingTarget first = new RecordingTarget();
		int[] batches = { 0 };
		MigrationRun crashing = new MigrationRun(mapping, new JdbcLedger(this.jdbc, siteId, job, 1000), first,
				uri -> site.getOrDefault(uri.toString(), Fetched.failed("gone")), 2, () -> {
					if (++batches[0] == 3) {
						throw new IllegalStateException("the service died");
					}
				});
		crashing.seed();
		assertThatThrownBy(crashing::run).hasMessage("the service died");
		assertThat(first.imports).isBetween(1, 29);

		RecordingTarget second = new RecordingTarget();
		JdbcLedger resumedLedger = new JdbcLedger(this.jdbc, siteId, job, 1000);
		assertThat(new MigrationRun(mapping, resumedLedger, second,
				uri -> site.getOrDefault(uri.toString(), Fetched.failed("gone")), 2, () -> {
				})
			.run()).isTrue();
		Set<String> imported = new HashSet<>(first.drafts.keySet());
		assertThat(second.drafts.keySet()).doesNotContainAnyElementsOf(imported);
		imported.addAll(second.drafts.keySet());
		assertThat(imported).hasSize(30);
		assertThat(resumedLedger.counts().get(Ledger.Outcome.IMPORTED)).isEqualTo(30);

		long later = this.jobs.create(this.siteA.ref(), "旧站", mapping(BASE), "admin");
		this.jdbc.update("UPDATE migration_job SET state = 'FAILED' WHERE id = ?", later);
		RecordingTarget third = new RecordingTarget();
		JdbcLedger laterLedger = new JdbcLedger(this.jdbc, siteId, later, 1000);
		MigrationRun again = new MigrationRun(mapping, laterLedger, third,
				uri -> site.getOrDefault(uri.toString(), Fetched.failed("gone")), 2, () -> {
				});
		again.seed();
		again.run();
		assertThat(third.imports).isZero();
		assertThat(laterLedger.counts().get(Ledger.Outcome.ALREADY_IMPORTED)).isEqualTo(30);
		assertThat(third.redirects).hasSize(30);
		assertThat(URI.create(BASE).getHost()).isEqualTo("old.example.invalid");
	}

	private static Fetched html(String body) {
		return new Fetched(200, "text/html",
				("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8), null, null);
	}

}
