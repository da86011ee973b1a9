package cn.govsite.search.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

	@Test
	void theBodysPassageWinsWhenItHasTheWords() {
		assertThat(ContentSearch.snippet("办理<em>流程</em>如下", "附件里的<em>流程</em>")).isEqualTo("办理<em>流程</em>如下");
	}

	@Test
	void anAttachmentsPassageIsShownLabelledWhenOnlyItHasTheWords() {
		assertThat(ContentSearch.snippet("正文开头，没有命中", "材料：<em>户口簿</em>")).isEqualTo("附件：材料：<em>户口簿</em>");
		assertThat(ContentSearch.snippet(null, "<em>户口簿</em>")).isEqualTo("附件：<em>户口簿</em>");
	}

	@Test
	void withoutAnAttachmentMatchTheBodysPassageStays() {
		assertThat(ContentSearch.snippet("正文开头", null)).isEqualTo("正文开头");
		assertThat(ContentSearch.snippet(null, null)).isNull();
	}

}
