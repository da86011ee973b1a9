package cn.govsite.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * 检索条件 — a validated search: the words, an optional site, and the page. Every invalid
 * parameter is reported at once, so a form can mark them all.
 *
 * @param query the words, trimmed, 1 to {@value #MAX_QUERY_LENGTH} characters
 * @param siteCode restricts the hits to one site, or {@code null} for all sites
 */
public record SearchCriteria(String query, String siteCode, int page, int size) {

	public static final int MAX_QUERY_LENGTH = 100;

	public static final int DEFAULT_SIZE = 10;

	public static final int MAX_SIZE = 50;

	/** Elasticsearch's default result window: from + size may not pass it. */
	public static final int MAX_WINDOW = 10_000;

	private static final Pattern SITE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	public static SearchCriteria of(String q, String site, Integer page, Integer size) {
		List<FieldViolation> violations = new ArrayList<>();
		String query = (q != null) ? q.strip() : "";
		if (query.isEmpty()) {
			violations.add(new FieldViolation("q", Message.of("请输入搜索词", "must not be empty")));
		}
		else if (query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH) {
			violations.add(new FieldViolation("q", Message.of("搜索词不能超过 " + MAX_QUERY_LENGTH + " 个字",
					"must be at most " + MAX_QUERY_LENGTH + " characters")));
		}
		String siteCode = (site != null && !site.isBlank()) ? site.strip() : null;
		if (siteCode != null && !SITE_CODE.matcher(siteCode).matches()) {
			violations.add(new FieldViolation("site", Message.of("站点代码格式不正确", "is not a site code")));
		}
		int pageNumber = (page != null) ? page : 1;
		int pageSize = (size != null) ? size : DEFAULT_SIZE;
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
			throw new GovsiteException(ProblemType.VALIDATION,
					Message.of("请求中有 " + violations.size() + " 处错误", violations.size() + " field(s) are invalid"),
					violations);
		}
		return new SearchCriteria(query, siteCode, pageNumber, pageSize);
	}

	/** Index of the first hit of the page. */
	public int from() {
		return (this.page - 1) * this.size;
	}

}
