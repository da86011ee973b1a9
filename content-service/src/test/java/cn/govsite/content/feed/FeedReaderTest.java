package cn.govsite.content.feed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {

	@Test
	void jsonItemsByPointerAndDottedPaths() {
		String json = "{\"data\":{\"list\":[{\"t\":{\"v\":\"标题\"},\"u\":\"/a.html\",\"d\":\"2026年3月7日\"}]}}";
		FeedSettings settings = new FeedSettings("/data/list", "t.v", "u", "d", null, null, null, null, null, null,
				null);
		List<FeedEntry> entries = FeedReader.read(FeedKind.JSON, settings, "http://example.gov.cn/feed.json",
				json.getBytes(StandardCharsets.UTF_8), url -> new byte[0]);
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("标题");
			assertThat(entry.link()).isEqualTo("http://example.gov.cn/a.html");
			assertThat(entry.date()).isEqualTo(LocalDate.of(2026, 3, 7));
			assertThat(entry.identity()).isEqualTo("link:http://example.gov.cn/a.html");
		});
	}

	@Test
	void anUnparsableFeedIsAFailure() {
		assertThatThrownBy(() -> FeedReader.read(FeedKind.RSS, FeedSettings.NONE, "http://x", "<rss>".getBytes(),
				url -> new byte[0]))
			.isInstanceOf(FeedFailure.class);
	}

	@Test
	void doctypesAreRefused() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
		assertThatThrownBy(() -> FeedReader.read(FeedKind.RSS, FeedSettings.NONE, "http://x",
				xxe.getBytes(StandardCharsets.UTF_8), url -> new byte[0]))
			.isInstanceOf(FeedFailure.class);
	}

}
