package cn.govsite.common.tenant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteHeaderSignerTest {

	private final SiteHeaderSigner signer = new SiteHeaderSigner("a-secret-of-the-deployment");

	@Test
	void aSignatureBindsTheIdToTheCode() {
		String signature = this.signer.sign(7, "jyj");

		assertThat(this.signer.verify(7, "jyj", signature)).isTrue();
		assertThat(this.signer.verify(8, "jyj", signature)).isFalse();
		assertThat(this.signer.verify(7, "wsj", signature)).isFalse();
		assertThat(this.signer.verify(7, "jyj", null)).isFalse();
	}

	@Test
	void anotherSecretSignsDifferently() {
		assertThat(new SiteHeaderSigner("another-secret-entirely").verify(7, "jyj", this.signer.sign(7, "jyj")))
			.isFalse();
	}

	@Test
	void aShortSecretIsRefusedAtStartUp() {
		assertThatThrownBy(() -> new SiteHeaderSigner("short")).isInstanceOf(IllegalArgumentException.class);
	}

}
