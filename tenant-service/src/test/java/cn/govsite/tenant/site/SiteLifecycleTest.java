package cn.govsite.tenant.site;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteLifecycleTest {

	@Test
	void aNewSiteIsAppliedAndMayGoOnline() {
		assertThat(SiteLifecycle.initial()).isEqualTo(SiteStatus.APPLIED);
		assertThat(SiteLifecycle.move(SiteStatus.APPLIED, SiteStatus.ONLINE)).isEqualTo(SiteStatus.ONLINE);
	}

	@Test
	void otherMovesAreRefused() {
		assertThat(SiteLifecycle.canMove(SiteStatus.ONLINE, SiteStatus.APPLIED)).isFalse();
		assertThat(SiteLifecycle.canMove(SiteStatus.ONLINE, SiteStatus.ONLINE)).isFalse();
		assertThatThrownBy(() -> SiteLifecycle.move(SiteStatus.ONLINE, SiteStatus.APPLIED))
			.isInstanceOfSatisfying(GovsiteException.class, ex -> {
				assertThat(ex.type()).isEqualTo(ProblemType.INVALID_STATE);
				assertThat(ex.detail().zh()).contains("ONLINE");
			});
	}

}
