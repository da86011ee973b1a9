package cn.govsite.search.analytics;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a query is kept in the statistics: anonymised and folded, so 社保卡, ＳＯＣＩＡＬ and " 社保卡
 * " count as they read, and an identity card or phone number typed into the box is never
 * stored.
 */
final class QueryText {

	/** Six digits or more (身份证号, 手机号, 证件号) become {@value #MASK}. */
	private static final Pattern LONG_NUMBER = Pattern.compile("[0-9Xx]{6,}");

	static final String MASK = "#";

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private QueryText() {
	}

	static String normalise(String query) {
		if (query == null) {
			return "";
		}
		// NFKC folds full-width letters and digits to half-width.
		String folded = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
		folded = SPACES.matcher(folded).replaceAll(" ");
		return LONG_NUMBER.matcher(folded).replaceAll(MASK);
	}

}
