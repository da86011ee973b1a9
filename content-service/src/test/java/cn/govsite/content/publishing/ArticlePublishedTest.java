package cn.govsite.content.publishing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePublishedTest {

	@Test
	void documentsAreTheAttachedFilesAndTheBodysLinksToLibraryFiles() {
		String attachments = """
				[{"assetId":11,"purpose":"ATTACHMENT","caption":"申请表"},{"assetId":12,"purpose":"COVER"},
				 {"assetId":13,"purpose":"TEMPLATE","caption":"样表"}]""";
		String body = "<p>见<a href=\"/assets/21/content\">附件一</a>、<a target=\"_blank\" href=\"/assets/11/content\">申请表</a></p>"
				+ "<img src=\"/assets/22/content\" alt=\"现场\"><a href=\"https://example.com/assets/23/content\">外链</a>";

		assertThat(ArticlePublished.documentIds(attachments, body)).containsExactly(11L, 13L, 21L);
	}

	@Test
	void noAttachmentsAndAPlainBodyHaveNoDocuments() {
		assertThat(ArticlePublished.documentIds(null, "纯文本正文。")).isEmpty();
		assertThat(ArticlePublished.documentIds("", null)).isEmpty();
	}

}
