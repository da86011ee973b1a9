package cn.govsite.content.workflow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionDiffTest {

	@Test
	void changedAddedAndRemovedParagraphsAreReported() {
		VersionDiff.Result diff = VersionDiff.between(1, "旧标题", "第一段。\n\n第二段。\n\n第三段。", 2, "新标题",
				"第一段。\n\n第二段（修改）。\n\n第三段。\n\n第四段。");
		assertThat(diff.titleChanged()).isTrue();
		assertThat(diff.changes()).hasSize(2);
		assertThat(diff.changes().get(0).type()).isEqualTo("CHANGE");
		assertThat(diff.changes().get(0).removed()).containsExactly("第二段。");
		assertThat(diff.changes().get(0).added()).containsExactly("第二段（修改）。");
		assertThat(diff.changes().get(0).fromParagraph()).isEqualTo(2);
		assertThat(diff.changes().get(1).type()).isEqualTo("INSERT");
		assertThat(diff.changes().get(1).added()).containsExactly("第四段。");
	}

	@Test
	void htmlParagraphsAreComparedOneByOne() {
		VersionDiff.Result diff = VersionDiff.between(1, "标题", "<p>甲</p><p>乙</p>", 2, "标题", "<p>甲</p>");
		assertThat(diff.titleChanged()).isFalse();
		assertThat(diff.changes()).singleElement().satisfies(change -> {
			assertThat(change.type()).isEqualTo("DELETE");
			assertThat(change.removed()).containsExactly("<p>乙</p>");
		});
	}

	@Test
	void identicalVersionsHaveNoChanges() {
		assertThat(VersionDiff.between(1, "标题", "正文", 2, "标题", "正文").changes()).isEmpty();
	}

}
