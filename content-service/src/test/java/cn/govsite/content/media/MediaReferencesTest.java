package cn.govsite.content.media;

import org.junit.jupiter.api.Test;

import cn.govsite.content.media.MediaReferences.Offending;
import cn.govsite.content.media.MediaReferences.Reason;
import cn.govsite.content.media.MediaReferences.Scan;

import static org.assertj.core.api.Assertions.assertThat;

class MediaReferencesTest {

	@Test
	void libraryEmbedsYieldTheirIds() {
		Scan scan = MediaReferences.scan("""
				<p>会议现场</p>
				<img src="/assets/12/content" alt="会场">
				<img src="/assets/13/variants/320" srcset="/assets/13/variants/320 320w, /assets/13/variants/640 640w">
				<video poster="/assets/14/variants/640"><source src="/assets/15/content"></video>
				<figure data-asset-id="16"></figure>
				""");
		assertThat(scan.assetIds()).containsExactly(12L, 13L, 14L, 15L, 16L);
		assertThat(scan.offending()).isEmpty();
	}

	@Test
	void everyEmbedFromOutsideTheLibraryIsListed() {
		Scan scan = MediaReferences.scan("""
				<img src="https://img.example.com/a.jpg">
				<IMG SRC="//cdn.example.com/b.png">
				<img src="data:image/png;base64,iVBORw0KGgo=">
				<img src="/uploads/c.jpg">
				<img srcset="/assets/20/content 1x, https://x.example.com/d.jpg 2x">
				<audio src="http://radio.example.com/e.mp3"></audio>
				<a href="https://www.gov.cn/">国务院</a>
				""");
		assertThat(scan.assetIds()).containsExactly(20L);
		assertThat(scan.offending()).extracting(Offending::reason)
			.containsExactly(Reason.EXTERNAL, Reason.EXTERNAL, Reason.DATA_URI, Reason.NOT_IN_LIBRARY, Reason.EXTERNAL,
					Reason.EXTERNAL);
		assertThat(scan.offending().get(1).value()).isEqualTo("//cdn.example.com/b.png");
		assertThat(scan.offending().get(5).element()).isEqualTo("audio");
	}

	@Test
	void lookalikePathsAndHugeDataUrisAreHandled() {
		Scan scan = MediaReferences
			.scan("<img src=\"/assets/1/content/../../../etc/passwd\"><img src=\"data:image/png;base64,"
					+ "A".repeat(10_000) + "\"><img src=\"/assets/x/content\">");
		assertThat(scan.assetIds()).isEmpty();
		assertThat(scan.offending()).hasSize(3);
		assertThat(scan.offending().get(1).value()).hasSizeLessThan(130);
		assertThat(MediaReferences.scan(null).offending()).isEmpty();
		// a truncated tag does not throw; its empty source is still not from the library
		assertThat(MediaReferences.scan("<img src=").offending()).hasSize(1);
	}

}
