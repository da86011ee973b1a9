package cn.govsite.content.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 敏感词 — words a government site must not carry (blocking) or should reword (warning), by
 * category. The platform dictionary ships as {@code /checks/sensitive-words.txt}
 * ({@code category|BLOCKING or WARNING|word}).
 */
public final class SensitiveWordChecker implements Checker {

	static final String RULE = "sensitive-word";

	private final PhraseMatcher<Entry> matcher;

	public SensitiveWordChecker(Map<String, Entry> dictionary) {
		this.matcher = new PhraseMatcher<>(dictionary);
	}

	/** The platform dictionary shipped with the service. */
	public static SensitiveWordChecker platform() {
		return new SensitiveWordChecker(platformDictionary());
	}

	static Map<String, Entry> platformDictionary() {
		Map<String, Entry> words = new HashMap<>();
		for (DictionaryEntry line : DictionaryEntry.load("/checks/sensitive-words.txt", 3)) {
			words.put(line.column(2), new Entry(line.column(0), Severity.valueOf(line.column(1))));
		}
		return words;
	}

	@Override
	public List<Finding> check(CheckedText text) {
		List<Finding> findings = new ArrayList<>();
		for (String field : List.of(CheckedText.TITLE, CheckedText.BODY)) {
			for (PhraseMatcher.Match<Entry> match : this.matcher.find(text.field(field))) {
				Entry entry = match.value();
				findings.add(new Finding(field, RULE + "." + entry.category(), entry.severity(), match.start(),
						match.end(), match.phrase(), "含敏感词（" + entry.category() + "）：“" + match.phrase() + "”，请删除或改写",
						"Sensitive word (" + entry.category() + "): remove or reword it"));
			}
		}
		return findings;
	}

	/** A dictionary word's category and severity. */
	public record Entry(String category, Severity severity) {

	}

}
