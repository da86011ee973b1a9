package cn.govsite.search.index;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArticlePublishedTest {

	private static final String PAYLOAD = """
			{"articleId":12,"siteId":3,"siteCode":"jyj","siteName":"市教育局","siteDomain":"jyj.govsite.localhost",
			 "columnId":5,"columnName":"工作动态","title":"标题","bodyText":"正文","publishedAt":"2026-11-22T03:00:00Z",
			 "path":"/articles/12.html","somethingNew":true}
			""";

	@Test
	void readsTheContractTolerantlyAndBecomesAnArticleDocument() {
		ArticlePublished event = JsonMapper.builder().build().readValue(PAYLOAD, ArticlePublished.class);
		assertThat(event.documentId()).isEqualTo("article-12");
		assertThat(event.toDocument(3L)).isEqualTo(new ContentDocument("标题", "正文", 3L, "jyj", "市教育局",
				"jyj.govsite.localhost", 5L, "工作动态", null, "article", "/articles/12.html",
				Instant.parse("2026-11-22T03:00:00Z"), new ContentDocument.Suggest(java.util.List.of("标题"),
						java.util.Map.of("site", java.util.List.of("jyj", "_all"))),
				null, null));
		assertThat(event.attachments()).as("an event from before attachments were sent").isEmpty();
	}

	@Test
	void readsTheAttachedDocumentsIds() {
		String attached = PAYLOAD.replace("\"somethingNew\":true", "\"attachmentIds\":[41,42]");
		ArticlePublished event = JsonMapper.builder().build().readValue(attached, ArticlePublished.class);
		assertThat(event.attachments()).containsExactly(41L, 42L);
		assertThat(event.toDocument(3L).withAttachmentText("附件正文").attachmentText()).isEqualTo("附件正文");
		assertThat(event.toDocument(3L).withAttachmentText(" ").attachmentText()).isNull();
	}

	@Test
	void anArchivedItemKeepsItsArchiveDate() {
		String archived = PAYLOAD.replace("\"somethingNew\":true", "\"archivedAt\":\"2026-12-01T00:00:00Z\"");
		ArticlePublished event = JsonMapper.builder().build().readValue(archived, ArticlePublished.class);
		assertThat(event.toDocument(3L).archivedAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
	}

	@Test
	void refusesAPayloadForAnotherSiteThanItsEnvelope() {
		ArticlePublished event = JsonMapper.builder().build().readValue(PAYLOAD, ArticlePublished.class);
		assertThatIllegalArgumentException().isThrownBy(() -> event.toDocument(4L)).withMessageContaining("site");
	}

	@Test
	void refusesAPayloadWithoutArticleOrSite() {
		ArticlePublished noArticle = new ArticlePublished(null, 3L, "jyj", "市教育局", null, null, null, null, "标题", "",
				null, null, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> noArticle.toDocument(3L));
		ArticlePublished noSite = new ArticlePublished(12L, null, "jyj", "市教育局", null, null, null, null, "标题", "", null,
				null, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> noSite.toDocument(3L));
	}

	@Test
	void aMissingBodyIndexesAsEmptyText() {
		ArticlePublished event = new ArticlePublished(12L, 3L, "jyj", "市教育局", null, null, null, null, "标题", null, null,
				null, null, null);
		assertThat(event.toDocument(null).bodyText()).isEmpty();
	}

}
