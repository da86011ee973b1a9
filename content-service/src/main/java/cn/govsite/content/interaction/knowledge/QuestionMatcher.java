package cn.govsite.content.interaction.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * 智能推荐 — ranks knowledge entries as likely answers to what a citizen is typing. The text
 * is segmented into words by Lucene's smartcn analyzer (the one the search plugin uses,
 * with its stop words), each query word weighs by how rare it is among the site's entries
 * (IDF), a word in an entry's question counts three times one in its answer, and popular
 * entries (views, "helpful" votes) rise a little among equally good matches. Plain Java,
 * thread-safe; the site's search index is search-service's business.
 */
public final class QuestionMatcher {

	/** Below this share of the best possible score an entry is not offered. */
	static final double MIN_RELEVANCE = 0.25;

	private static final double QUESTION_WEIGHT = 3;

	private static final double ANSWER_WEIGHT = 1;

	private static final double UNKNOWN_WORD_SHARE = 0.25;

	private final Analyzer analyzer = new SmartChineseAnalyzer(true);

	/**
	 * What the matcher reads of an entry: the words of its question and answer (segmented
	 * once by {@link #candidate}, so callers can keep them between queries) and its
	 * popularity.
	 */
	public record Candidate(long id, Set<String> questionWords, Set<String> answerWords, int views, int helpful) {

		int popularity() {
			return this.views + 5 * this.helpful;
		}

	}

	/** An entry segmented into words. */
	public Candidate candidate(long id, String question, String answer, int views, int helpful) {
		return new Candidate(id, Set.copyOf(words(question)), Set.copyOf(words(answer)), views, helpful);
	}

	/** A likely answer and its score (relevance boosted by popularity). */
	public record Match(long id, double score) {

	}

	public List<Match> rank(String query, List<Candidate> candidates, int limit) {
		Set<String> wanted = words(query);
		if (wanted.isEmpty() || candidates.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (Candidate candidate : candidates) {
			for (String word : wanted) {
				if (candidate.questionWords().contains(word) || candidate.answerWords().contains(word)) {
					documentFrequency.merge(word, 1, Integer::sum);
				}
			}
		}
		Map<String, Double> idf = new HashMap<>();
		double best = 0;
		for (String word : wanted) {
			int frequency = documentFrequency.getOrDefault(word, 0);
			double weight = Math.log(1 + (double) candidates.size() / (1 + frequency));
			idf.put(word, weight);
			// A word no entry uses (请问, 怎么办) cannot be matched by any: it counts only a
			// quarter, so a polite question still finds its answer.
			best += weight * QUESTION_WEIGHT * ((frequency > 0) ? 1 : UNKNOWN_WORD_SHARE);
		}
		List<Match> matches = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			double score = 0;
			Candidate candidate = candidates.get(i);
			for (String word : wanted) {
				if (candidate.questionWords().contains(word)) {
					score += idf.get(word) * QUESTION_WEIGHT;
				}
				else if (candidate.answerWords().contains(word)) {
					score += idf.get(word) * ANSWER_WEIGHT;
				}
			}
			double relevance = (best > 0) ? score / best : 0;
			if (relevance >= MIN_RELEVANCE) {
				double boost = 1 + 0.05 * Math.log1p(candidate.popularity());
				matches.add(new Match(candidate.id(), relevance * boost));
			}
		}
		return matches.stream().sorted(Comparator.comparingDouble(Match::score).reversed()).limit(limit).toList();
	}

	/** The distinct words of a text, stop words and punctuation left out. */
	Set<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return words;
		}
		try (TokenStream stream = this.analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				// Single characters (的, 我, 在 … and stray letters) say little about the
				// topic.
				if (word.codePointCount(0, word.length()) > 1) {
					words.add(word);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
