package cn.govsite.search.query;

import java.util.ArrayList;
import java.util.List;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;

/**
 * 联想条件 — what was typed so far, in the same scopes as a search.
 *
 * @param prefix the typed text, trimmed, 1 to {@value #MAX_PREFIX_LENGTH} characters
 */
public record SuggestCriteria(String prefix, String siteCode, SearchCriteria.Scope scope, int size) {

	public static final int MAX_PREFIX_LENGTH = 50;

	public static final int DEFAULT_SIZE = 8;

	public static final int MAX_SIZE = 10;

	public static SuggestCriteria of(String q, String site, String scope, Integer size) {
		List<FieldViolation> violations = new ArrayList<>();
		String prefix = (q != null) ? q.strip() : "";
		if (prefix.isEmpty()) {
			violations.add(new FieldViolation("q", Message.of("请输入搜索词", "must not be empty")));
		}
		else if (prefix.codePointCount(0, prefix.length()) > MAX_PREFIX_LENGTH) {
			violations.add(new FieldViolation("q", Message.of("联想词不能超过 " + MAX_PREFIX_LENGTH + " 个字",
					"must be at most " + MAX_PREFIX_LENGTH + " characters")));
		}
		int count = (size != null) ? size : DEFAULT_SIZE;
		if (count < 1 || count > MAX_SIZE) {
			violations.add(new FieldViolation("size",
					Message.of("条数必须在 1 到 " + MAX_SIZE + " 之间", "must be between 1 and " + MAX_SIZE)));
		}
		// Site and scope follow the search's rules (and report the same problems).
		SearchCriteria scoped = null;
		try {
			scoped = SearchCriteria
				.of(new SearchCriteria.Parameters("x", site, scope, null, null, null, null, null, null));
		}
		catch (cn.govsite.common.error.GovsiteException ex) {
			violations.addAll(ex.violations());
		}
		if (!violations.isEmpty()) {
			throw SearchCriteria.invalid(violations);
		}
		return new SuggestCriteria(prefix, scoped.siteCode(), scoped.scope(), count);
	}

}
