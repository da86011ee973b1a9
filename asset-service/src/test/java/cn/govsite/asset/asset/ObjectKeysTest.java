package cn.govsite.asset.asset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ObjectKeysTest {

	@Test
	void keysComeFromTheContentHash() {
		String sha = "ab" + "0".repeat(62);
		assertThat(ObjectKeys.forContent(sha)).isEqualTo("sha256/ab/" + sha);
	}

	@Test
	void anythingButAHashIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ObjectKeys.forContent("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> ObjectKeys.forContent(null));
	}

}
