package cn.govsite.content.check;

/**
 * One result of a pre-publish check: which rule matched what, where (character offsets,
 * end exclusive, in the checked field as stored), and why it matters in both languages.
 *
 * @param field {@code title} or {@code body}
 * @param ruleId a stable rule id, e.g. {@code personal-data.id-number}
 * @param severity whether it blocks submission
 * @param start offset of the first matched character
 * @param end offset after the last matched character
 * @param matched the matched text
 * @param explanationZh why, in Chinese
 * @param explanationEn why, in English
 */
public record Finding(String field, String ruleId, Severity severity, int start, int end, String matched,
		String explanationZh, String explanationEn) {

	public boolean blocking() {
		return this.severity == Severity.BLOCKING;
	}

}
