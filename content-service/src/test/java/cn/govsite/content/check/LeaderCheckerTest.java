package cn.govsite.content.check;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeaderCheckerTest {

	private final LeaderChecker checker = new LeaderChecker(List.of(Leader.of("张三", "区委副书记、区长", true),
			Leader.of("李四", "副区长", true), Leader.of("王五", "区委书记", true), Leader.of("赵六", "区长", false)));

	@Test
	void aCurrentLeaderWithTheirTitleIsFine() {
		assertThat(body("区长张三主持召开区政府常务会议。")).isEmpty();
		assertThat(body("区委副书记、区长张三出席。")).isEmpty();
		assertThat(body("副区长李四强调，要抓好安全生产。")).isEmpty();
		assertThat(body("张三区长指出，要狠抓落实。")).isEmpty();
	}

	@Test
	void aNameWithoutAnyTitleIsNotChecked() {
		assertThat(body("张三、李四等参加活动。")).isEmpty();
		assertThat(body("市民张三反映，路灯不亮。")).isEmpty();
	}

	@Test
	void aWrongTitleIsASeriousError() {
		List<Finding> findings = body("会议由副区长张三主持。");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("leader.title");
			assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
			assertThat(f.matched()).isEqualTo("副区长张三");
			assertThat(f.start()).isEqualTo(3);
			assertThat(f.explanationZh()).contains("区委副书记、区长");
		});
		assertThat(body("区长李四调研。")).extracting(Finding::ruleId).containsExactly("leader.title");
		assertThat(body("王五区长讲话。")).extracting(Finding::matched).containsExactly("王五区长");
	}

	@Test
	void theLongestTitleWinsSoDeputyIsNeverReadAsHead() {
		// "副区长" ends in "区长": 李四 is 副区长, so this is right, not "区长李四".
		assertThat(body("常务副区长李四")).isEmpty();
	}

	@Test
	void deputyAndCommonTitlesAreKnownWithoutAProfileHoldingThem() {
		LeaderChecker alone = new LeaderChecker(List.of(Leader.of("张三", "区长", true)));
		assertThat(alone.check(new CheckedText("标题", "副区长张三出席。"))).extracting(Finding::matched)
			.containsExactly("副区长张三");
		assertThat(alone.check(new CheckedText("标题", "局长张三出席。"))).extracting(Finding::ruleId)
			.containsExactly("leader.title");
		assertThat(alone.check(new CheckedText("标题", "区长张三出席。"))).isEmpty();
	}

	@Test
	void aFormerLeaderWithATitleIsAWarning() {
		assertThat(body("区长赵六出席。")).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("leader.former");
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
		});
		assertThat(body("赵六同志曾在我区工作。")).isEmpty();
	}

	@Test
	void titlesAreCheckedToo() {
		assertThat(this.checker.check(new CheckedText("副区长张三调研", "正文"))).extracting(Finding::field)
			.containsExactly("title");
	}

	private List<Finding> body(String body) {
		return this.checker.check(new CheckedText("标题", body));
	}

}
