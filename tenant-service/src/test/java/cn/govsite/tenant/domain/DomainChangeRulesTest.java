package cn.govsite.tenant.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.ProblemType;
import cn.govsite.tenant.domain.DomainChangeRules.Announcement;
import cn.govsite.tenant.domain.DomainChangeRules.Current;
import cn.govsite.tenant.domain.DomainRefusal.Reason;
import cn.govsite.tenant.site.SiteKind;
import cn.govsite.tenant.site.SiteStatus;

import static org.assertj.core.api.Assertions.assertThat;

class DomainChangeRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static final Current COUNTY = new Current(SiteKind.COUNTY_PORTAL, SiteStatus.ONLINE, "www.old.gov.cn", null, null,
			null);

	static final Announcement CHANGE = new Announcement("www.new.gov.cn", TODAY.plusDays(7), "区划调整");

	@Test
	void aCountyPortalMayAnnounceAChangeForALaterDay() {
		assertThat(DomainChangeRules.check(COUNTY, CHANGE, TODAY)).isNull();
		// Local demo names are accepted: .gov.cn is not enforced.
		assertThat(DomainChangeRules.check(COUNTY,
				new Announcement("county-new.govsite.localhost", TODAY.plusDays(1), "演示"), TODAY))
			.isNull();
	}

	@Test
	void assignedDomainsCannotChange() {
		for (SiteKind kind : new SiteKind[] { SiteKind.CITY_PORTAL, SiteKind.DEPARTMENT }) {
			DomainRefusal refusal = DomainChangeRules
				.check(new Current(kind, SiteStatus.ONLINE, "jyj.gov.cn", null, null, null), CHANGE, TODAY);
			assertThat(refusal.reason()).as(kind.name()).isEqualTo(Reason.DOMAIN_ASSIGNED);
			assertThat(refusal.toException().type()).isEqualTo(ProblemType.INVALID_STATE);
		}
	}

	@Test
	void closedSitesKeepTheirDomain() {
		assertThat(DomainChangeRules
			.check(new Current(SiteKind.COUNTY_PORTAL, SiteStatus.CLOSED, "www.old.gov.cn", null, null, null), CHANGE,
					TODAY)
			.reason()).isEqualTo(Reason.NOT_CHANGEABLE_IN_STATE);
	}

	@Test
	void oneChangeAtATimeAndNotWhileTheFormerDomainRedirects() {
		assertThat(DomainChangeRules
			.check(new Current(SiteKind.COUNTY_PORTAL, SiteStatus.ONLINE, "www.old.gov.cn", "www.x.gov.cn", null, null),
					CHANGE, TODAY)
			.reason()).isEqualTo(Reason.CHANGE_PENDING);
		DomainRefusal redirecting = DomainChangeRules.check(new Current(SiteKind.COUNTY_PORTAL, SiteStatus.ONLINE,
				"www.old.gov.cn", null, "www.older.gov.cn", TODAY.plusMonths(1)), CHANGE, TODAY);
		assertThat(redirecting.reason()).isEqualTo(Reason.FORMER_DOMAIN_REDIRECTING);
		assertThat(redirecting.message().en()).contains("www.older.gov.cn");
	}

	@Test
	void theRequestItselfIsChecked() {
		assertThat(
				DomainChangeRules.check(COUNTY, new Announcement("not a host", TODAY.plusDays(1), "x"), TODAY).reason())
			.isEqualTo(Reason.NEW_DOMAIN_INVALID);
		assertThat(DomainChangeRules.check(COUNTY, new Announcement("192.168.1.1", TODAY.plusDays(1), "x"), TODAY)
			.reason()).isEqualTo(Reason.NEW_DOMAIN_INVALID);
		assertThat(DomainChangeRules.check(COUNTY, new Announcement("www.old.gov.cn", TODAY.plusDays(1), "x"), TODAY)
			.reason()).isEqualTo(Reason.NEW_DOMAIN_UNCHANGED);
		for (LocalDate day : new LocalDate[] { TODAY, TODAY.minusDays(1), null }) {
			DomainRefusal refusal = DomainChangeRules.check(COUNTY, new Announcement("www.new.gov.cn", day, "x"),
					TODAY);
			assertThat(refusal.reason()).as(String.valueOf(day)).isEqualTo(Reason.EFFECTIVE_DATE_NOT_AHEAD);
			assertThat(refusal.toException().violations()).extracting(v -> v.field()).containsExactly("effectiveOn");
		}
		assertThat(DomainChangeRules.check(COUNTY, new Announcement("www.new.gov.cn", TODAY.plusDays(1), " "), TODAY)
			.reason()).isEqualTo(Reason.REASON_REQUIRED);
	}

	@Test
	void theOldDomainRedirectsThreeMonthsThenIsReleased() {
		LocalDate on = LocalDate.of(2027, 1, 10);
		assertThat(DomainChangeRules.redirectsUntil(on)).isEqualTo(LocalDate.of(2027, 4, 9));
		assertThat(DomainChangeRules.isDue(on, on.minusDays(1))).isFalse();
		assertThat(DomainChangeRules.isDue(on, on)).isTrue();
		assertThat(DomainChangeRules.isExpired(LocalDate.of(2027, 4, 9), LocalDate.of(2027, 4, 9))).isFalse();
		assertThat(DomainChangeRules.isExpired(LocalDate.of(2027, 4, 9), LocalDate.of(2027, 4, 10))).isTrue();
	}

}
