package cn.govsite.content.notice;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;

import cn.govsite.common.event.EventEnvelope;
import cn.govsite.common.event.EventStreams;
import cn.govsite.common.storage.ObjectStorage;
import cn.govsite.common.storage.StorageProperties;
import cn.govsite.common.test.ServiceClient.Response;
import cn.govsite.content.support.ContentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notices about sites reach the home pages that must show them (seed 001 第九条, 第十一条): a
 * department's opening, offline and domain change on its city portal (and the domain
 * change on its own home), taken off again by the event that ends them or by the
 * calendar; another portal shows none of it, and a repeated event pins nothing twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalNoticeTests extends ContentIntegrationTest {

	@Autowired
	private ObjectStorage storage;

	@Autowired
	private StorageProperties storageProperties;

	@Autowired
	private NoticeExpiry expiry;

	private TestSite portal;

	private TestSite department;

	private TestSite otherPortal;

	private EventEnvelope opening;

	@BeforeAll
	void sites() {
		this.portal = siteFromEvent("示范市人民政府", "CITY_PORTAL", null);
		this.department = siteFromEvent("示范市教育局", "DEPARTMENT", this.portal.ref().id());
		this.otherPortal = siteFromEvent("另一市人民政府", "CITY_PORTAL", null);
		for (TestSite site : new TestSite[] { this.portal, this.department, this.otherPortal }) {
			republish(site);
		}
	}

	@Test
	@Order(1)
	void aDepartmentGoingOnlineIsAnnouncedOnItsPortalsHomeOnly() {
		this.opening = statusChanged("BRING_ONLINE", "APPROVED", null, null);
		await().atMost(Duration.ofSeconds(30)).until(() -> home(this.portal).contains("关于示范市教育局正式上线的公告"));
		assertThat(home(this.portal)).contains("data-notice=\"OPENING\"", this.department.domain());
		assertThat(home(this.department)).doesNotContain("网站公告");
		assertThat(home(this.otherPortal)).doesNotContain("网站公告");
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT site_id, starts_at, ends_at FROM portal_notice WHERE subject_site_id = ? AND kind = 'OPENING'",
				this.department.ref().id());
		assertThat(row.get("site_id")).isEqualTo(this.portal.ref().id());
		assertThat(Duration.between((LocalDateTime) row.get("starts_at"), (LocalDateTime) row.get("ends_at")))
			.isEqualTo(Duration.ofDays(30));
	}

	@Test
	@Order(2)
	void aRepeatedEventPinsNothingTwice() {
		deliver(this.opening);
		// A later event, handled after the repeat, marks when the repeat has been seen.
		EventEnvelope later = statusChanged("APPROVE", "APPLIED", null, null);
		await().atMost(Duration.ofSeconds(30)).until(() -> handled(later.id()));
		assertThat(noticesAbout("OPENING")).isEqualTo(1);
	}

	@Test
	@Order(3)
	void aTemporaryOfflineIsPinnedUntilTheSiteComesBack() {
		String until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString();
		statusChanged("TAKE_OFFLINE", "ONLINE", "因机房搬迁临时下线。", until);
		await().atMost(Duration.ofSeconds(30)).until(() -> home(this.portal).contains("因机房搬迁临时下线。"));
		assertThat(home(this.portal)).contains("预计于" + until + "恢复访问", "关于示范市教育局临时下线的公告");
		statusChanged("RESTORE", "OFFLINE", null, null);
		await().atMost(Duration.ofSeconds(30)).until(() -> !home(this.portal).contains("因机房搬迁临时下线。"));
		// The opening notice stays: coming back is not an opening.
		assertThat(home(this.portal)).contains("关于示范市教育局正式上线的公告");
	}

	@Test
	@Order(4)
	void aNoticeWhoseTimeIsUpLeavesTheHomeAtTheNextSweep() {
		this.jdbc.update("UPDATE portal_notice SET ends_at = ? WHERE subject_site_id = ? AND kind = 'OPENING'",
				java.sql.Timestamp.from(Instant.now().minusSeconds(60)), this.department.ref().id());
		assertThat(this.expiry.sweep(Instant.now())).extracting(site -> site.id()).contains(this.portal.ref().id());
		assertThat(home(this.portal)).doesNotContain("关于示范市教育局正式上线的公告");
		assertThat(this.expiry.sweep(Instant.now())).extracting(site -> site.id())
			.doesNotContain(this.portal.ref().id());
	}

	@Test
	@Order(5)
	void aDomainChangeIsAnnouncedOnTheSiteItselfAndTheCityPortalUntilCancelled() {
		Map<String, Object> change = Map.of("siteId", this.department.ref().id(), "code", this.department.code(),
				"name", this.department.name(), "oldDomain", this.department.domain(), "newDomain", "jyj.new.gov.cn",
				"effectiveOn", LocalDate.now().plusDays(14).toString(), "reason", "集约化整合", "occurredAt",
				Instant.now().toString());
		event("SiteDomainChangeAnnounced", this.department, change);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> home(this.portal).contains("jyj.new.gov.cn")
					&& home(this.department).contains("jyj.new.gov.cn"));
		assertThat(home(this.department)).contains("关于示范市教育局网址变更的公告", "data-notice=\"DOMAIN_CHANGE\"");
		assertThat(home(this.otherPortal)).doesNotContain("jyj.new.gov.cn");
		event("SiteDomainChangeCancelled", this.department, Map.of("siteId", this.department.ref().id(), "code",
				this.department.code(), "oldDomain", this.department.domain(), "newDomain", "jyj.new.gov.cn"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !home(this.portal).contains("jyj.new.gov.cn")
					&& !home(this.department).contains("jyj.new.gov.cn"));
	}

	@Test
	@Order(6)
	void aDomainChangeWithoutItsNewDomainIsSetAsideAndPinsNothing() {
		EventEnvelope broken = event("SiteDomainChangeAnnounced", this.department, Map.of("siteId",
				this.department.ref().id(), "code", this.department.code(), "effectiveOn", "2027-01-01"));
		await().atMost(Duration.ofSeconds(90)).until(() -> deadLettered(broken.id()));
		assertThat(handled(broken.id())).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM portal_notice WHERE source_event = ?", Integer.class,
				broken.id()))
			.isZero();
	}

	private EventEnvelope statusChanged(String action, String from, String notice, String until) {
		Map<String, Object> payload = new HashMap<>();
		payload.put("siteId", this.department.ref().id());
		payload.put("code", this.department.code());
		payload.put("domain", this.department.domain());
		payload.put("action", action);
		payload.put("from", from);
		payload.put("reason", "测试");
		payload.put("notice", notice);
		payload.put("until", until);
		payload.put("occurredAt", Instant.now().toString());
		return event("SiteStatusChanged", this.department, payload);
	}

	private boolean handled(String eventId) {
		return Boolean.TRUE
			.equals(this.redis.hasKey(EventStreams.of(this.govsite).processed("content-service-notices", eventId)));
	}

	private boolean deadLettered(String eventId) {
		return this.redis.opsForStream()
			.range(EventStreams.of(this.govsite).deadLetters(), Range.unbounded())
			.stream()
			.anyMatch(entry -> "content-service-notices".equals(entry.getValue().get("group"))
					&& String.valueOf(entry.getValue().get("envelope")).contains(eventId));
	}

	private int noticesAbout(String kind) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM portal_notice WHERE subject_site_id = ? AND kind = ?",
				Integer.class, this.department.ref().id(), kind);
	}

	private void republish(TestSite site) {
		String admin = userWith(site, "site-admin");
		Response queued = api().post("/publishing/republish", admin, site.ref(), "{}");
		assertThat(queued.status()).as(queued.body()).isEqualTo(202);
		long job = queued.json().get("id").asLong();
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> api().get("/publishing/jobs/" + job, admin, site.ref()).json(),
					j -> "DONE".equals(j.get("state").asString()));
	}

	private String home(TestSite site) {
		Optional<String> page = this.storage.get(this.storageProperties.bucket("pages"), site.code() + "/index.html")
			.map(object -> new String(object.content(), StandardCharsets.UTF_8));
		return page.orElseThrow(() -> new AssertionError("No home page stored for " + site.code()));
	}

}
