package cn.govsite.content.interaction.knowledge;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govsite.content.interaction.knowledge.QuestionMatcher.Candidate;
import cn.govsite.content.interaction.knowledge.QuestionMatcher.Match;

import static org.assertj.core.api.Assertions.assertThat;

/** Likely answers to a typed question, without Spring. */
class QuestionMatcherTest {

	private final QuestionMatcher matcher = new QuestionMatcher();

	private final List<Candidate> entries = List.of(
			this.matcher.candidate(1, "居住证如何办理？", "携带身份证和居住证明到社区服务中心申领。", 10, 0),
			this.matcher.candidate(2, "护照办理需要多长时间？", "出入境管理部门受理后7个工作日内办结。", 50, 10),
			this.matcher.candidate(3, "公积金怎么提取？", "租房提取公积金须提供租赁合同。", 5, 0),
			this.matcher.candidate(4, "小学入学需要哪些材料？", "户口簿、房产证明和适龄儿童的出生证明。", 0, 0),
			this.matcher.candidate(5, "居住证过期了怎么续签？", "居住证有效期满前30日内到派出所续签。", 0, 0));

	@Test
	void theEntryAskingTheSameThingComesFirst() {
		List<Match> matches = this.matcher.rank("请问怎么办居住证", this.entries, 5);
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).id()).isIn(1L, 5L);
		assertThat(matches).extracting(Match::id).doesNotContain(2L, 3L, 4L);

		assertThat(this.matcher.rank("公积金提取需要什么", this.entries, 5).get(0).id()).isEqualTo(3L);
		assertThat(this.matcher.rank("孩子上小学入学材料", this.entries, 5).get(0).id()).isEqualTo(4L);
	}

	@Test
	void amongEquallyGoodMatchesThePopularOneRises() {
		List<Candidate> twins = List.of(this.matcher.candidate(10, "社保卡如何补办？", "到银行网点补办。", 0, 0),
				this.matcher.candidate(11, "社保卡如何补办？", "到银行网点补办。", 200, 30));
		assertThat(this.matcher.rank("社保卡补办", twins, 2)).extracting(Match::id).containsExactly(11L, 10L);
	}

	@Test
	void unrelatedOrEmptyQuestionsFindNothing() {
		assertThat(this.matcher.rank("今天天气很好", this.entries, 5)).isEmpty();
		assertThat(this.matcher.rank("的了吗", this.entries, 5)).isEmpty();
		assertThat(this.matcher.rank("居住证", List.of(), 5)).isEmpty();
	}

	@Test
	void wordsAreSegmentedWithoutStopWordsOrSingleCharacters() {
		assertThat(this.matcher.words("我想咨询一下公积金的提取")).contains("公积金", "提取").doesNotContain("的", "我");
	}

}
