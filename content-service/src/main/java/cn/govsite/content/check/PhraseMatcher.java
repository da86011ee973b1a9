package cn.govsite.content.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds every occurrence of many phrases in one pass (Aho–Corasick automaton, from
 * {@code org.ahocorasick}), whatever the size of the dictionary.
 *
 * @param <T> what the caller attached to each phrase
 */
final class PhraseMatcher<T> {

	private final Trie trie;

	private final Map<String, T> phrases;

	PhraseMatcher(Map<String, T> phrases) {
		this.phrases = Map.copyOf(phrases);
		this.trie = Trie.builder().addKeywords(this.phrases.keySet()).build();
	}

	/** Each match with its offsets (end exclusive) and the phrase's attachment. */
	List<Match<T>> find(String text) {
		List<Match<T>> matches = new ArrayList<>();
		for (Emit emit : this.trie.parseText(text)) {
			matches.add(new Match<>(emit.getStart(), emit.getEnd() + 1, emit.getKeyword(),
					this.phrases.get(emit.getKeyword())));
		}
		return matches;
	}

	record Match<T>(int start, int end, String phrase, T value) {

	}

}
