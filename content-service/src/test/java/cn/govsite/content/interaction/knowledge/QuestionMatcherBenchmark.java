package cn.govsite.content.interaction.knowledge;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.govsite.content.interaction.knowledge.QuestionMatcher.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Likely answers over a full suggestion pool (2,000 entries): segmenting every entry per
 * query (the baseline) against ranking entries segmented once, as KnowledgeService keeps
 * them. Prints the ratio; run with
 * {@code -Dtest=QuestionMatcherBenchmark -Dgroups=benchmark}.
 */
@Tag("benchmark")
class QuestionMatcherBenchmark {

	private static final String[] TOPICS = { "居住证", "公积金", "社保卡", "护照", "入学", "医保", "养老金", "营业执照", "不动产登记", "驾驶证" };

	private static final String[] ACTIONS = { "如何办理", "怎么补办", "需要哪些材料", "多久办结", "在哪里查询" };

	@Test
	void segmentedOnceIsFasterThanSegmentingPerQuery() {
		QuestionMatcher matcher = new QuestionMatcher();
		List<String[]> texts = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			String topic = TOPICS[i % TOPICS.length];
			texts.add(new String[] { topic + ACTIONS[i % ACTIONS.length] + "（第" + i + "号）", "办理" + topic
					+ "须携带身份证明，到政务服务中心" + (i % 30) + "号窗口，工作日受理，" + "一般" + (i % 7 + 1) + "个工作日内办结，也可在网上办事大厅申请。" });
		}
		List<Candidate> cached = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			cached.add(matcher.candidate(i, texts.get(i)[0], texts.get(i)[1], i % 50, i % 5));
		}
		String[] queries = { "请问怎么办理居住证", "公积金提取要什么材料", "社保卡丢了怎么补办", "护照多久能办好", "孩子入学需要哪些材料" };
		// Warm up both paths.
		for (int round = 0; round < 3; round++) {
			baseline(matcher, texts, queries[round]);
			matcher.rank(queries[round], cached, 5);
		}
		int rounds = 5;
		long start = System.nanoTime();
		int found = 0;
		for (int round = 0; round < rounds; round++) {
			found += baseline(matcher, texts, queries[round % queries.length]).size();
		}
		long perQuery = System.nanoTime() - start;
		start = System.nanoTime();
		int foundCached = 0;
		for (int round = 0; round < rounds; round++) {
			foundCached += matcher.rank(queries[round % queries.length], cached, 5).size();
		}
		long once = System.nanoTime() - start;
		assertThat(foundCached).isEqualTo(found);
		System.out.printf(
				"QuestionMatcherBenchmark: 2000 entries, %d queries; segment per query %.1f ms/query, "
						+ "segmented once %.2f ms/query; ratio %.0fx%n",
				rounds, perQuery / 1e6 / rounds, once / 1e6 / rounds, (double) perQuery / once);
	}

	private static List<QuestionMatcher.Match> baseline(QuestionMatcher matcher, List<String[]> texts, String query) {
		List<Candidate> fresh = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			fresh.add(matcher.candidate(i, texts.get(i)[0], texts.get(i)[1], i % 50, i % 5));
		}
		return matcher.rank(query, fresh, 5);
	}

}
