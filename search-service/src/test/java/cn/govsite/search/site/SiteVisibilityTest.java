package cn.govsite.search.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteVisibilityTest {

	@Test
	void onlyAnOnlineSiteIsSearchable() {
		assertThat(SiteVisibility.searchable("ONLINE")).isTrue();
		for (String status : new String[] { "APPLIED", "APPROVED", "TEMPORARILY_OFFLINE", "EMERGENCY_SHUTDOWN",
				"CLOSING", "CLOSED", "EXITED_SUPERVISION" }) {
			assertThat(SiteVisibility.searchable(status)).as(status).isFalse();
		}
	}

}
