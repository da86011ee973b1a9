package cn.govsite.content.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 错别字 — frequent Chinese misspellings with their corrections, shipped as
 * {@code /checks/typos.txt} ({@code wrong|right}). A dictionary hit is a warning: the
 * author confirms the correction (普通错别字 cost points in the site inspection).
 */
public final class TypoChecker implements Checker {

	static final String RULE = "typo";

	private final PhraseMatcher<String> matcher;

	public TypoChecker(Map<String, String> corrections) {
		this.matcher = new PhraseMatcher<>(corrections);
	}

	public static TypoChecker shipped() {
		Map<String, String> corrections = new HashMap<>();
		for (DictionaryEntry line : DictionaryEntry.load("/checks/typos.txt", 2)) {
			corrections.put(line.column(0), line.column(1));
		}
		return new TypoChecker(corrections);
	}

	@Override
	public List<Finding> check(CheckedText text) {
		List<Finding> findings = new ArrayList<>();
		for (String field : List.of(CheckedText.TITLE, CheckedText.BODY)) {
			for (PhraseMatcher.Match<String> match : this.matcher.find(text.field(field))) {
				findings.add(new Finding(field, RULE, Severity.WARNING, match.start(), match.end(), match.phrase(),
						"疑似错别字：“" + match.phrase() + "”应为“" + match.value() + "”",
						"Likely misspelling: \"" + match.phrase() + "\" should be \"" + match.value() + "\""));
			}
		}
		return findings;
	}

}
