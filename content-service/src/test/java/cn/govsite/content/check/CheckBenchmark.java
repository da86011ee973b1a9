package cn.govsite.content.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * Not a test: measures checking a 10,000-character article and prints the times, with the
 * dictionary matching compared against a baseline measured in the same run (one
 * {@code String.indexOf} scan per dictionary word). Run it on its own, e.g.
 * {@code java -cp target/test-classes:target/classes:<test classpath>
 * cn.govsite.content.check.CheckBenchmark}.
 */
public final class CheckBenchmark {

	private static final int WARMUP = 300;

	private static final int ROUNDS = 1000;

	private CheckBenchmark() {
	}

	public static void main(String[] args) {
		String body = article(10_000);
		CheckedText text = new CheckedText("市交通局召开冬季道路安全工作会议", body);
		Map<String, SensitiveWordChecker.Entry> sensitive = SensitiveWordChecker.platformDictionary();
		TypoChecker typos = TypoChecker.shipped();
		SensitiveWordChecker words = new SensitiveWordChecker(sensitive);
		List<String> dictionary = new ArrayList<>(sensitive.keySet());
		DictionaryEntry.load("/checks/typos.txt", 2).forEach(line -> dictionary.add(line.column(0)));
		ContentChecks all = ContentChecks.standard(LinkPolicy.defaults());

		double baseline = measure("baseline: String.indexOf per word (" + dictionary.size() + " words)",
				t -> indexOfScan(dictionary, t), text);
		double automaton = measure("Aho-Corasick: sensitive words + typos",
				t -> words.check(t).size() + typos.check(t).size(), text);
		double full = measure("all checkers (words, typos, personal data, writing, links)",
				t -> all.check(t).findings().size(), text);
		for (Checker checker : List.of(new PersonalDataChecker(), new WritingRuleChecker(),
				new LinkChecker(LinkPolicy.defaults()))) {
			measure("  of which " + checker.getClass().getSimpleName(), t -> checker.check(t).size(), text);
		}
		// The automaton's cost does not grow with the dictionary; indexOf's does.
		Random random = new Random(7);
		Map<String, SensitiveWordChecker.Entry> large = new java.util.HashMap<>(sensitive);
		while (large.size() < 5_000) {
			StringBuilder word = new StringBuilder();
			for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
				word.append((char) (0x4E00 + random.nextInt(0x5000)));
			}
			large.put(word.toString(), new SensitiveWordChecker.Entry("test", Severity.WARNING));
		}
		List<String> largeList = List.copyOf(large.keySet());
		SensitiveWordChecker largeWords = new SensitiveWordChecker(large);
		double largeBaseline = measure("baseline: String.indexOf per word (5,000 words)",
				t -> indexOfScan(largeList, t), text);
		double largeAutomaton = measure("Aho-Corasick (5,000 words)", t -> largeWords.check(t).size(), text);
		System.out.printf("ratio baseline / Aho-Corasick with 5,000 words: %.2f%n", largeBaseline / largeAutomaton);
		System.out.printf("article: %d characters, %d findings%n", body.length(), all.check(text).findings().size());
		System.out.printf("ratio baseline / Aho-Corasick: %.2f; all checkers / baseline: %.2f%n", baseline / automaton,
				full / baseline);
	}

	private static double measure(String name, ToIntFunction<CheckedText> work, CheckedText text) {
		int sink = 0;
		for (int i = 0; i < WARMUP; i++) {
			sink += work.applyAsInt(text);
		}
		long start = System.nanoTime();
		for (int i = 0; i < ROUNDS; i++) {
			sink += work.applyAsInt(text);
		}
		double micros = (System.nanoTime() - start) / 1000.0 / ROUNDS;
		System.out.printf("%-62s %9.1f µs per article (sink %d)%n", name, micros, sink);
		return micros;
	}

	private static int indexOfScan(List<String> dictionary, CheckedText text) {
		int found = 0;
		for (String field : List.of(text.title(), text.body())) {
			for (String word : dictionary) {
				for (int at = field.indexOf(word); at >= 0; at = field.indexOf(word, at + 1)) {
					found++;
				}
			}
		}
		return found;
	}

	/**
	 * A government news article of about {@code length} characters with a few findings.
	 */
	static String article(int length) {
		String[] sentences = { "2026年11月20日，市交通局召开冬季道路交通安全工作会议。", "会议强调，要坚持人民至上、生命至上，压紧压实安全生产责任。",
				"各区县交通运输部门要加强路网巡查，及时处置道路结冰等突发情况。", "会议要求，对重点路段、桥梁隧道开展隐患排查，做到早发现、早处置。", "市公路事业发展中心介绍了全市农村公路养护工作情况。",
				"截至目前，全市已完成农村公路提质改造1200公里。", "下一步，将持续推进“四好农村路”建设，提升群众出行体验。", "近日，我局联合市公安局开展了客运车辆安全检查。",
				"详情请见<a href=\"https://www.gov.cn/zhengce/\">国务院政策文件库</a>。" };
		Random random = new Random(42);
		StringBuilder text = new StringBuilder(length + 100);
		while (text.length() < length) {
			text.append(sentences[random.nextInt(sentences.length)]);
			if (random.nextInt(6) == 0) {
				text.append("\n\n");
			}
		}
		return text.substring(0, length);
	}

}
