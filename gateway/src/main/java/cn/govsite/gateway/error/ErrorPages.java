package cn.govsite.gateway.error;

import org.springframework.web.util.HtmlUtils;

import cn.govsite.common.error.Message;

/**
 * The HTML pages a visitor of a published site sees when something is wrong: Chinese
 * first, English below, no detail of the machinery.
 */
public final class ErrorPages {

	public static final Message PAGE_NOT_FOUND = Message.of("页面不存在", "Page not found");

	public static final Message SITE_NOT_FOUND = Message.of("站点不存在", "Site not found");

	public static final Message UNAVAILABLE = Message.of("服务暂时不可用，请稍后再试", "Service temporarily unavailable");

	public static final Message BAD_REQUEST = Message.of("请求的地址无效", "Invalid address");

	public static final Message FAILED = Message.of("服务器出错了", "Something went wrong");

	private ErrorPages() {
	}

	public static String render(int status, Message title, String requestId) {
		return render(status, title, null, requestId);
	}

	/**
	 * A page with the site's own notice under the title (an offline or closing notice),
	 * escaped: the text comes from the site's administrators.
	 */
	public static String render(int status, Message title, String notice, String requestId) {
		String zh = HtmlUtils.htmlEscape(title.zh());
		String en = HtmlUtils.htmlEscape(title.en());
		String id = (requestId != null)
				? "<p class=\"id\">请求编号 / Request id: " + HtmlUtils.htmlEscape(requestId) + "</p>" : "";
		if (notice != null && !notice.isBlank()) {
			id = "<p class=\"notice\">" + HtmlUtils.htmlEscape(notice) + "</p>\n" + id;
		}
		return """
				<!DOCTYPE html>
				<html lang="zh-CN">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%1$s / %2$s</title>
				<style>
				body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #333; margin: 0; }
				main { max-width: 40rem; margin: 15vh auto; padding: 0 1.5rem; text-align: center; }
				.status { font-size: 4rem; color: #b3261e; margin: 0; }
				h1 { font-size: 1.6rem; margin: .5rem 0; }
				p.en { color: #666; margin-top: 0; }
				p.notice { font-size: 1.1rem; line-height: 1.7; text-align: left; white-space: pre-line; }
				p.id { color: #999; font-size: .8rem; margin-top: 3rem; }
				</style>
				</head>
				<body>
				<main>
				<p class="status">%3$d</p>
				<h1>%1$s</h1>
				<p class="en" lang="en">%2$s</p>
				%4$s
				</main>
				</body>
				</html>
				""".formatted(zh, en, status, id);
	}

}
