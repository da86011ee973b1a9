package cn.govsite.content.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.govsite.content.notice.NoticePlan.Pin;
import cn.govsite.content.notice.NoticePlan.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NoticeRulesTest {

	private static final Instant AT = Instant.parse("2026-12-02T02:00:00Z");

	private final NoticeRules rules = new NoticeRules(new NoticeProperties(Duration.ofDays(30), Duration.ofDays(30),
			Duration.ofDays(92), "https://{domain}/", Duration.ofMinutes(5), 10));

	private final NoticeRules.Subject site = new NoticeRules.Subject("示范市教育局", "jyj.shifan.gov.cn");

	@Test
	void aNewSiteGoingOnlineIsAnnouncedOnItsParentPortalForThirtyDays() {
		NoticePlan plan = this.rules.plan(this.site, event("BRING_ONLINE", "APPROVED"));
		assertThat(plan.pins()).singleElement().satisfies(pin -> {
			assertThat(pin.place()).isEqualTo(Place.PARENT_PORTAL);
			assertThat(pin.kind()).isEqualTo(NoticeKind.OPENING);
			assertThat(pin.title()).isEqualTo("关于示范市教育局正式上线的公告");
			assertThat(pin.body()).contains("jyj.shifan.gov.cn", "2026-12-02");
			assertThat(pin.link()).isEqualTo("https://jyj.shifan.gov.cn/");
			assertThat(Duration.between(pin.startsAt(), pin.endsAt())).isEqualTo(Duration.ofDays(30));
		});
	}

	@Test
	void comingBackFromAnOfflineEndsTheOfflineNoticesAndAnnouncesNoOpening() {
		NoticePlan restored = this.rules.plan(this.site, event("RESTORE", "OFFLINE"));
		assertThat(restored.pins()).isEmpty();
		assertThat(restored.ends()).containsExactlyInAnyOrder(NoticeKind.OFFLINE, NoticeKind.SHUTDOWN);
		assertThat(this.rules.plan(this.site, event("BRING_ONLINE", "OFFLINE")).pins()).isEmpty();
	}

	@Test
	void aTemporaryOfflineQuotesTheSitesNoticeAndEndsAfterItsPlannedLastDay() {
		SiteEvent offline = new SiteEvent("e1", "TAKE_OFFLINE", "ONLINE", "因系统升级临时下线。", LocalDate.of(2026, 12, 10),
				null, null, null, null, "升级", AT);
		Pin pin = this.rules.plan(this.site, offline).pins().get(0);
		assertThat(pin.kind()).isEqualTo(NoticeKind.OFFLINE);
		assertThat(pin.body()).isEqualTo("因系统升级临时下线。预计于2026-12-10恢复访问。");
		// The end of 10 December in Beijing.
		assertThat(pin.endsAt()).isEqualTo(Instant.parse("2026-12-10T16:00:00Z"));
	}

	@Test
	void anEmergencyShutdownWithoutATextGetsThePlatformsWordsAndNoEnd() {
		Pin pin = this.rules.plan(this.site, event("EMERGENCY_SHUTDOWN", "ONLINE")).pins().get(0);
		assertThat(pin.kind()).isEqualTo(NoticeKind.SHUTDOWN);
		assertThat(pin.body()).contains("紧急情况");
		assertThat(pin.endsAt()).isNull();
	}

	@Test
	void closingPinsWhereTheContentGoesAndClosedReplacesIt() {
		SiteEvent closing = new SiteEvent("e2", "START_CLOSING", "ONLINE", "本网站将于30天后关停。", null, "www.shifan.gov.cn",
				null, null, null, "机构改革", AT);
		Pin pin = this.rules.plan(this.site, closing).pins().get(0);
		assertThat(pin.kind()).isEqualTo(NoticeKind.CLOSING);
		assertThat(pin.body()).isEqualTo("本网站将于30天后关停。原有内容已迁移至 www.shifan.gov.cn。");
		assertThat(pin.link()).isEqualTo("https://www.shifan.gov.cn/");
		assertThat(pin.endsAt()).isNull();
		SiteEvent closed = new SiteEvent("e3", "CLOSE", "CLOSING", null, null, "https://www.shifan.gov.cn/jyj/", null,
				null, null, "关停", AT);
		NoticePlan plan = this.rules.plan(this.site, closed);
		assertThat(plan.ends()).containsExactly(NoticeKind.CLOSING);
		assertThat(plan.pins().get(0).kind()).isEqualTo(NoticeKind.CLOSED);
		assertThat(plan.pins().get(0).link()).isEqualTo("https://www.shifan.gov.cn/jyj/");
	}

	@Test
	void aDomainChangeIsAnnouncedOnTheSiteAndTheCityPortalUntilThreeMonthsAfterIt() {
		SiteEvent announced = new SiteEvent("e4", SiteEvent.DOMAIN_ANNOUNCED, null, null, null, null, "www.old.gov.cn",
				"www.new.gov.cn", LocalDate.of(2027, 1, 1), "集约化", AT);
		NoticePlan plan = this.rules.plan(this.site, announced);
		assertThat(plan.pins()).extracting(Pin::place).containsExactly(Place.OWN_SITE, Place.CITY_PORTAL);
		Pin pin = plan.pins().get(0);
		assertThat(pin.body()).contains("2027-01-01", "www.old.gov.cn", "www.new.gov.cn");
		assertThat(pin.link()).isEqualTo("https://www.new.gov.cn/");
		assertThat(pin.endsAt()).isEqualTo(Instant.parse("2027-01-01T16:00:00Z").plus(Duration.ofDays(92)));
		assertThat(this.rules.plan(this.site, event(SiteEvent.DOMAIN_CANCELLED, null)).ends())
			.containsExactly(NoticeKind.DOMAIN_CHANGE);
	}

	@Test
	void aDomainChangeWithoutItsNewDomainIsRefused() {
		SiteEvent broken = new SiteEvent("e5", SiteEvent.DOMAIN_ANNOUNCED, null, null, null, null, "www.old.gov.cn",
				null, LocalDate.of(2027, 1, 1), null, AT);
		assertThatIllegalArgumentException().isThrownBy(() -> this.rules.plan(this.site, broken));
	}

	@Test
	void approvalsAndUnknownActionsPinNothing() {
		assertThat(this.rules.plan(this.site, event("APPROVE", "APPLIED"))).isEqualTo(NoticePlan.NOTHING);
		assertThat(this.rules.plan(this.site, event("SOMETHING_NEW", "ONLINE"))).isEqualTo(NoticePlan.NOTHING);
	}

	private static SiteEvent event(String action, String from) {
		return new SiteEvent("e0", action, from, null, null, null, null, null, null, "理由", AT);
	}

}
