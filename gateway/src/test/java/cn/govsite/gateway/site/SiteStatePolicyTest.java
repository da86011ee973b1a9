package cn.govsite.gateway.site;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.govsite.gateway.site.SiteStatePolicy.Gone;
import cn.govsite.gateway.site.SiteStatePolicy.Hidden;
import cn.govsite.gateway.site.SiteStatePolicy.Redirect;
import cn.govsite.gateway.site.SiteStatePolicy.Serve;
import cn.govsite.gateway.site.SiteStatePolicy.Unavailable;

import static org.assertj.core.api.Assertions.assertThat;

class SiteStatePolicyTest {

	private final SiteStatePolicy policy = new SiteStatePolicy(ZoneId.of("Asia/Shanghai"), Duration.ofHours(1));

	/** 2026-11-22 08:00 in China. */
	private final Instant now = Instant.parse("2026-11-22T00:00:00Z");

	@Test
	void onlineAndClosingSitesServeTheirPages() {
		assertThat(this.policy.answer(site("ONLINE", null, null, null), this.now)).isInstanceOf(Serve.class);
		assertThat(this.policy.answer(site("CLOSING", "即将关停", null, "https://a.gov.cn/"), this.now))
			.isInstanceOf(Serve.class);
	}

	@Test
	void anOfflineSiteIsUnavailableUntilTheDayAfterItsPlannedEnd() {
		var answer = this.policy.answer(site("TEMPORARILY_OFFLINE", "升级", "2026-11-23", null), this.now);
		assertThat(answer).isInstanceOfSatisfying(Unavailable.class, down -> {
			assertThat(down.notice()).isEqualTo("升级");
			// From 08:00 on the 22nd to midnight starting the 24th, China time.
			assertThat(down.retryAfterSeconds()).isEqualTo(Duration.ofHours(40).toSeconds());
		});
		assertThat(this.policy.retryAfter("2026-11-01", this.now)).isEqualTo(3600);
		assertThat(this.policy.retryAfter("soon", this.now)).isEqualTo(3600);
		assertThat(this.policy.answer(site("EMERGENCY_SHUTDOWN", null, null, null), this.now))
			.isInstanceOfSatisfying(Unavailable.class, down -> assertThat(down.retryAfterSeconds()).isEqualTo(3600));
	}

	@Test
	void aClosedSiteRedirectsToItsMigrationTargetOrIsGone() {
		assertThat(this.policy.answer(site("CLOSED", "已迁移", null, "https://www.gov.cn/x"), this.now))
			.isEqualTo(new Redirect(URI.create("https://www.gov.cn/x")));
		assertThat(this.policy.answer(site("CLOSED", "已关停", null, "javascript:alert(1)"), this.now))
			.isInstanceOfSatisfying(Gone.class, gone -> assertThat(gone.notice()).isEqualTo("已关停"));
		assertThat(this.policy.answer(site("EXITED_SUPERVISION", null, null, null), this.now)).isInstanceOf(Gone.class);
	}

	@Test
	void sitesNotYetOnlineAreHidden() {
		assertThat(this.policy.answer(site("APPLIED", null, null, null), this.now)).isInstanceOf(Hidden.class);
		assertThat(this.policy.answer(site("APPROVED", null, null, null), this.now)).isInstanceOf(Hidden.class);
	}

	private static SiteInfo site(String status, String notice, String until, String target) {
		return new SiteInfo(1, "jyj", "教育局", "DEPARTMENT", 1L, "jyj.govsite.localhost", status, notice, until, target);
	}

}
