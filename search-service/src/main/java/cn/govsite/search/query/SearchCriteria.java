package cn.govsite.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * 检索条件 — a validated search: the words, the scope, the filters, the order and the page.
 * Every invalid parameter is reported at once, so a form can mark them all.
 *
 * @param query the words, trimmed, 1 to {@value #MAX_QUERY_LENGTH} characters
 * @param siteCode the site the scope is about, or {@code null}
 * @param scope {@link Scope#SITE} (that site), {@link Scope#TREE} (it and the sites below
 * it) or {@link Scope#ALL}
 * @param category a column category filter, or {@code null}
 * @param type an item type filter ({@code article}…), or {@code null}
 * @param year a publication year filter, or {@code null}
 */
public record SearchCriteria(String query, String siteCode, Scope scope, String category, String type, Integer year,
		Sort sort, int page, int size) {

	public static final int MAX_QUERY_LENGTH = 100;

	public static final int DEFAULT_SIZE = 10;

	public static final int MAX_SIZE = 50;

	public static final int MIN_YEAR = 1949;

	public static final int MAX_YEAR = 2100;

	/** Elasticsearch's default result window: from + size may not pass it. */
	public static final int MAX_WINDOW = 10_000;

	private static final Pattern SITE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	private static final int MAX_FILTER_LENGTH = 64;

	/** 范围 — which sites a search covers. */
	public enum Scope {

		SITE, TREE, ALL;

	}

	/** 排序 — relevance (with a mild preference for recent items) or newest first. */
	public enum Sort {

		RELEVANCE, DATE;

	}

	/** The words on one site, or all sites: the original public search. */
	public static SearchCriteria of(String q, String site, Integer page, Integer size) {
		return of(new Parameters(q, site, null, null, null, null, null, page, size));
	}

	/** The raw request parameters, all optional; {@link #of(Parameters)} checks them. */
	public record Parameters(String q, String site, String scope, String category, String type, Integer year,
			String sort, Integer page, Integer size) {
	}

	public static SearchCriteria of(Parameters p) {
		List<FieldViolation> violations = new ArrayList<>();
		String query = (p.q() != null) ? p.q().strip() : "";
		if (query.isEmpty()) {
			violations.add(new FieldViolation("q", Message.of("请输入搜索词", "must not be empty")));
		}
		else if (query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH) {
			violations.add(new FieldViolation("q", Message.of("搜索词不能超过 " + MAX_QUERY_LENGTH + " 个字",
					"must be at most " + MAX_QUERY_LENGTH + " characters")));
		}
		String siteCode = blankToNull(p.site());
		if (siteCode != null && !SITE_CODE.matcher(siteCode).matches()) {
			violations.add(new FieldViolation("site", Message.of("站点代码格式不正确", "is not a site code")));
		}
		Scope scope = scope(p.scope(), siteCode, violations);
		String category = filter("category", p.category(), violations);
		String type = filter("type", p.type(), violations);
		if (p.year() != null && (p.year() < MIN_YEAR || p.year() > MAX_YEAR)) {
			violations.add(new FieldViolation("year", Message.of("年份必须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间",
					"must be between " + MIN_YEAR + " and " + MAX_YEAR)));
		}
		Sort sort = sort(p.sort(), violations);
		int pageNumber = (p.page() != null) ? p.page() : 1;
		int pageSize = (p.size() != null) ? p.size() : DEFAULT_SIZE;
		if (pageNumber < 1) {
			violations.add(new FieldViolation("page", Message.of("页码必须从 1 开始", "must be at least 1")));
		}
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			violations.add(new FieldViolation("size",
					Message.of("每页条数必须在 1 到 " + MAX_SIZE + " 之间", "must be between 1 and " + MAX_SIZE)));
		}
		else if (pageNumber >= 1 && (long) pageNumber * pageSize > MAX_WINDOW) {
			violations.add(new FieldViolation("page", Message.of("最多可查看前 " + MAX_WINDOW + " 条结果，请缩小搜索范围",
					"only the first " + MAX_WINDOW + " hits can be paged through; narrow the search")));
		}
		if (!violations.isEmpty()) {
			throw invalid(violations);
		}
		return new SearchCriteria(query, siteCode, scope, category, type, p.year(), sort, pageNumber, pageSize);
	}

	static GovsiteException invalid(List<FieldViolation> violations) {
		return new GovsiteException(ProblemType.VALIDATION,
				Message.of("请求中有 " + violations.size() + " 处错误", violations.size() + " field(s) are invalid"),
				violations);
	}

	private static Scope scope(String raw, String siteCode, List<FieldViolation> violations) {
		String value = blankToNull(raw);
		if (value == null) {
			return (siteCode != null) ? Scope.SITE : Scope.ALL;
		}
		Scope scope;
		try {
			scope = Scope.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			violations.add(new FieldViolation("scope",
					Message.of("搜索范围只能是 site、tree 或 all", "must be one of site, tree, all")));
			return null;
		}
		if (scope != Scope.ALL && siteCode == null) {
			violations
				.add(new FieldViolation("site", Message.of("按站点搜索时必须指定站点", "is required when the scope is " + value)));
		}
		return scope;
	}

	private static Sort sort(String raw, List<FieldViolation> violations) {
		String value = blankToNull(raw);
		if (value == null) {
			return Sort.RELEVANCE;
		}
		try {
			return Sort.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			violations.add(new FieldViolation("sort",
					Message.of("排序方式只能是 relevance 或 date", "must be one of relevance, date")));
			return null;
		}
	}

	private static String filter(String field, String raw, List<FieldViolation> violations) {
		String value = blankToNull(raw);
		if (value != null && value.codePointCount(0, value.length()) > MAX_FILTER_LENGTH) {
			violations.add(new FieldViolation(field, Message.of("筛选条件不能超过 " + MAX_FILTER_LENGTH + " 个字",
					"must be at most " + MAX_FILTER_LENGTH + " characters")));
		}
		return value;
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

	/** Index of the first hit of the page. */
	public int from() {
		return (this.page - 1) * this.size;
	}

}
