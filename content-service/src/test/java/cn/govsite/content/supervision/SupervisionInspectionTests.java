package cn.govsite.content.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.govsite.content.supervision.inspection.ColumnStatus;
import cn.govsite.content.supervision.inspection.InspectionReport;
import cn.govsite.content.supervision.inspection.InspectionScheduler;
import cn.govsite.content.supervision.inspection.InspectionService;
import cn.govsite.content.supervision.inspection.VetoItem;
import cn.govsite.content.supervision.inspection.VetoRule;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily inspection against the real database and Redis, on a fixed day. */
class SupervisionInspectionTests extends ContentIntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private InspectionService inspections;

	@Autowired
	private InspectionScheduler scheduler;

	@Autowired
	private RunOnceLock lock;

	private SupervisionFixtures fixtures(TestSite site) {
		return new SupervisionFixtures(api(), this.jdbc, userWith(site, "site-admin"), site);
	}

	private static ZonedDateTime someDay() {
		// A day of its own, so this run's day lock and rows meet no other run's.
		return ZonedDateTime.of(2030, 1, 1, 10, 0, 0, 0, ZONE).plusDays(ThreadLocalRandom.current().nextInt(3000));
	}

	@Test
	void aSiteIsInspectedStoredOncePerDayAndVetoedWithEvidence() {
		TestSite site = siteFromEvent("荷塘区教育局");
		SupervisionFixtures f = fixtures(site);
		ZonedDateTime now = someDay();
		long news = f.column("工作动态", "DYNAMIC_NEWS", "两周至少1条");
		long notices = f.column("通知公告", "NOTICES", null);
		long rules = f.column("规章制度", "STATIC", "有变动时更新");
		f.published(news, "教育局召开工作会议", "<p>会议部署全年工作。</p>", now.minusDays(2).toInstant());
		f.published(notices, "关于假期安排的通知", "<p>放假安排如下。</p>", now.minusMonths(7).toInstant());
		long dirty = f.published(rules, "便民信息", "<p>网上有人出售六合彩。</p>", now.minusDays(400).toInstant());
		for (int i = 0; i < 5; i++) {
			f.column("空白栏目" + i, "DISCLOSURE", null);
		}

		InspectionService.Site target = new InspectionService.Site(site.ref(), site.name());
		InspectionReport report = this.inspections.inspect(target, now.toInstant());

		assertThat(report.inspectedOn()).isEqualTo(now.toLocalDate());
		assertThat(report.qualified()).isFalse();
		assertThat(report.vetoes()).extracting(VetoItem::rule)
			.containsExactly(VetoRule.STALE_KEY_COLUMNS, VetoRule.BLANK_COLUMNS, VetoRule.NO_CONSULTATION_CHANNEL,
					VetoRule.SERIOUS_CONTENT_ERROR);
		assertThat(report.vetoes().get(0).evidence()).singleElement()
			.satisfies(e -> assertThat(e.ref()).isEqualTo("/columns/" + notices));
		assertThat(report.vetoes().get(3).evidence()).singleElement()
			.satisfies(e -> assertThat(e.ref()).isEqualTo("/articles/" + dirty));
		assertThat(report.columns()).filteredOn(c -> c.columnId() == notices)
			.singleElement()
			.satisfies(c -> assertThat(c.status()).isEqualTo(ColumnStatus.STALE));
		assertThat(report.columns()).filteredOn(c -> c.columnId() == rules)
			.singleElement()
			.satisfies(c -> assertThat(c.status()).isEqualTo(ColumnStatus.NOT_JUDGED));
		assertThat(report.count(ColumnStatus.BLANK)).isEqualTo(5);
		// Mailboxes are judged from the interaction tables: a site that never opened one
		// offers no consultation channel (第十九条).
		assertThat(report.unknownChecks()).isEmpty();

		this.inspections.inspect(target, now.plusHours(1).toInstant());
		assertThat(this.jdbc.queryForList(
				"SELECT qualified, veto_count, stale_columns, blank_columns, serious_findings FROM supervision_inspection "
						+ "WHERE site_id = ? AND inspected_on = ?",
				site.ref().id(), now.toLocalDate()))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("qualified")).isEqualTo(false);
				assertThat(((Number) row.get("veto_count")).intValue()).isEqualTo(4);
				assertThat(((Number) row.get("stale_columns")).intValue()).isEqualTo(1);
				assertThat(((Number) row.get("blank_columns")).intValue()).isEqualTo(5);
				assertThat(((Number) row.get("serious_findings")).intValue()).isEqualTo(1);
			});
	}

	private long mailbox(TestSite site, boolean enabled) {
		this.jdbc.update(
				"INSERT INTO mailbox (site_id, code, name, enabled, created_at) VALUES (?, ?, '咨询', ?, NOW(3))",
				site.ref().id(), "m" + randomHex(3), enabled);
		return this.jdbc.queryForObject("SELECT MAX(id) FROM mailbox WHERE site_id = ?", Long.class, site.ref().id());
	}

	private long message(TestSite site, long mailbox, String title, String state, ZonedDateTime received) {
		this.jdbc.update(
				"INSERT INTO mailbox_message (site_id, mailbox_id, tracking_code, title, body, state, received_at, "
						+ "received_on, due_on, deadline_days) VALUES (?, ?, ?, ?, '内容', ?, ?, ?, ?, 5)",
				site.ref().id(), mailbox, randomHex(12), title, state, java.sql.Timestamp.from(received.toInstant()),
				received.toLocalDate(), received.toLocalDate().plusDays(7));
		return this.jdbc.queryForObject("SELECT MAX(id) FROM mailbox_message WHERE site_id = ?", Long.class,
				site.ref().id());
	}

	@Test
	void unansweredMessagesAClosedChannelAndUnrestoredTamperingAreVetoedFromTheirTables() {
		TestSite site = siteFromEvent("荷塘区住建局");
		SupervisionFixtures f = fixtures(site);
		ZonedDateTime now = someDay();
		long news = f.column("住建动态", "DYNAMIC_NEWS", null);
		f.published(news, "住建局检查工地安全", "<p>检查工地安全。</p>", now.minusDays(1).toInstant());
		long box = mailbox(site, true);
		message(site, box, "小区加装电梯咨询", "ACCEPTED", now.minusMonths(1));
		long old = message(site, box, "房屋维修基金", "ASSIGNED", now.minusMonths(3).minusDays(2));
		message(site, box, "已答复的来信", "REPLIED", now.minusMonths(5));
		InspectionService.Site target = new InspectionService.Site(site.ref(), site.name());

		InspectionReport report = this.inspections.inspect(target, now.toInstant());
		assertThat(report.unknownChecks()).isEmpty();
		assertThat(report.unansweredMessages()).hasSize(2);
		assertThat(report.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.MESSAGE_UNANSWERED);
		assertThat(report.vetoes().get(0).evidence()).singleElement()
			.satisfies(e -> assertThat(e.ref()).isEqualTo("/messages/" + old));

		this.jdbc.update("UPDATE mailbox SET enabled = FALSE WHERE site_id = ?", site.ref().id());
		this.jdbc.update("UPDATE mailbox_message SET state = 'REPLIED' WHERE site_id = ?", site.ref().id());
		InspectionReport closed = this.inspections.inspect(target, now.toInstant());
		assertThat(closed.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.NO_CONSULTATION_CHANNEL);

		this.jdbc.update("UPDATE mailbox SET enabled = TRUE WHERE site_id = ?", site.ref().id());
		this.jdbc.update(
				"INSERT INTO tamper_alert (site_id, object_key, expected_sha256, detected_at) VALUES (?, ?, ?, ?)",
				site.ref().id(), "sites/" + site.code() + "/index.html", "0".repeat(64),
				java.sql.Timestamp.from(now.minusHours(5).toInstant()));
		InspectionReport tampered = this.inspections.inspect(target, now.toInstant());
		assertThat(tampered.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.UNHANDLED_TAMPERING);
		this.jdbc.update("UPDATE tamper_alert SET restored_at = ? WHERE site_id = ?",
				java.sql.Timestamp.from(now.minusHours(4).toInstant()), site.ref().id());
		assertThat(this.inspections.inspect(target, now.toInstant()).qualified()).isTrue();
	}

	@Test
	void aSiteThatNeverOpenedAMailboxOffersNoConsultationChannel() {
		TestSite site = siteFromEvent("荷塘区司法局");
		SupervisionFixtures f = fixtures(site);
		ZonedDateTime now = someDay();
		long news = f.column("司法动态", "DYNAMIC_NEWS", null);
		f.published(news, "司法局开展普法宣传", "<p>开展普法宣传。</p>", now.minusDays(1).toInstant());
		InspectionService.Site target = new InspectionService.Site(site.ref(), site.name());

		InspectionReport none = this.inspections.inspect(target, now.toInstant());
		assertThat(none.consultationChannel()).isEqualTo(InteractionFacts.Channel.NOT_WORKING);
		assertThat(none.vetoes()).extracting(VetoItem::rule).containsExactly(VetoRule.NO_CONSULTATION_CHANNEL);

		f.mailboxes();
		InspectionReport opened = this.inspections.inspect(target, now.toInstant());
		assertThat(opened.consultationChannel()).isEqualTo(InteractionFacts.Channel.WORKING);
		assertThat(opened.qualified()).isTrue();
	}

	@Test
	void aColumnAboutToGoStaleWarnsItsUnitOnceThroughTheOutbox() {
		TestSite site = siteFromEvent("荷塘区民政局");
		SupervisionFixtures f = fixtures(site);
		ZonedDateTime now = someDay();
		long soon = f.column("民政动态", "DYNAMIC_NEWS", null);
		long later = f.column("社会救助", "DYNAMIC_NEWS", null);
		f.published(soon, "民政局开展走访慰问", "<p>走访慰问困难群众。</p>", now.minusDays(12).toInstant());
		f.published(later, "救助政策宣传", "<p>宣传救助政策。</p>", now.minusDays(5).toInstant());
		InspectionService.Site target = new InspectionService.Site(site.ref(), site.name());

		this.inspections.inspect(target, now.toInstant());
		this.inspections.inspect(target, now.plusDays(1).toInstant());

		var events = this.jdbc.queryForList(
				"SELECT envelope FROM outbox_event WHERE event_type = 'ColumnStaleSoon' AND site_id = ?", String.class,
				site.ref().id());
		assertThat(events).singleElement().satisfies(envelope -> {
			var payload = this.json.readTree(envelope).get("payload");
			assertThat(payload.get("columnId").asLong()).isEqualTo(soon);
			assertThat(payload.get("responsibleUnit").asString()).isEqualTo("区政府办");
			assertThat(payload.get("daysLeft").asLong()).isEqualTo(3);
			assertThat(payload.get("staleOn").asString()).isEqualTo(now.toLocalDate().plusDays(3).toString());
		});
	}

	@Test
	void theDailyRunHappensOnceAcrossReplicas() {
		siteFromEvent("荷塘区水利局");
		Instant now = someDay().toInstant();
		assertThat(this.scheduler.runDaily(now)).hasValueSatisfying(count -> assertThat(count).isPositive());
		// A second replica whose cron fires the same day finds the day done.
		assertThat(this.scheduler.runDaily(now.plusSeconds(60))).isEmpty();
		LocalDate day = now.atZone(ZONE).toLocalDate();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM supervision_inspection WHERE inspected_on = ?",
				Integer.class, day))
			.isPositive();
	}

	@Test
	void aLockIsHeldByOneAndReleasedOnlyByItsHolder() {
		String name = "test:" + randomHex(4);
		var first = this.lock.acquire(name, java.time.Duration.ofMinutes(1));
		assertThat(first).isPresent();
		assertThat(this.lock.acquire(name, java.time.Duration.ofMinutes(1))).isEmpty();
		assertThat(first.get().release()).isTrue();
		assertThat(first.get().release()).isFalse();
		assertThat(this.lock.acquire(name, java.time.Duration.ofMinutes(1))).isPresent();
	}

}
