package cn.govsite.search.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentIndexTest {

	private final ContentIndex names = ContentIndex.of("govsite-");

	@Test
	void readsTheMappingVersionOfTheIndicesItMakes() {
		assertThat(this.names.currentIndex()).isEqualTo("govsite-content-v" + ContentIndex.CURRENT_VERSION);
		assertThat(this.names.versionOf("govsite-content-v2")).hasValue(2);
		assertThat(this.names.versionOf("govsite-content-v12-20261202-010203-004")).hasValue(12);
		assertThat(this.names.versionOf("other-content-v2")).isEmpty();
		assertThat(this.names.versionOf("govsite-content-v2-backup")).isEmpty();
	}

	@Test
	void anOlderMappingIsOutdatedTheCurrentOneAndForeignNamesAreNot() {
		assertThat(this.names.outdated("govsite-content-v1")).isTrue();
		assertThat(this.names.outdated("govsite-content-v2-20261202-010203-004")).isTrue();
		assertThat(this.names.outdated(this.names.currentIndex())).isFalse();
		assertThat(this.names.outdated(this.names.rebuiltIndex(java.time.Instant.now()))).isFalse();
		assertThat(this.names.outdated("hand-made")).isFalse();
	}

}
