package cn.govsite.content.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 链接 — external links in the body against the site's link policy: links to blocked sites
 * and to commercial advertising are blocking (不得链接不良网站、不承接商业广告); other external hosts
 * outside the allow list are warnings for the reviewer. Relative links stay on the site
 * and are not checked here.
 */
public final class LinkChecker implements Checker {

	private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|javascript|data|vbscript):[^\\s\"'<>]+");

	/** Paths and query parameters of ad clicks on otherwise ordinary hosts. */
	private static final Pattern AD_CLICK = Pattern.compile("(?i)(?:/ads?/|/adclick|[?&](?:ad_?id|utm_medium=cpc)=?)");

	private final LinkPolicy policy;

	public LinkChecker(LinkPolicy policy) {
		this.policy = policy;
	}

	@Override
	public List<Finding> check(CheckedText text) {
		List<Finding> findings = new ArrayList<>();
		Matcher url = URL.matcher(text.body());
		while (url.find()) {
			Finding finding = judge(url);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return findings;
	}

	private Finding judge(Matcher url) {
		String link = url.group();
		String host = host(link);
		if (host == null) {
			return finding(url, "link.unsafe", Severity.BLOCKING, "链接地址无效或使用了不安全的协议，只允许 http/https",
					"The link is malformed or not http/https");
		}
		if (LinkPolicy.matches(this.policy.advertising(), host) || AD_CLICK.matcher(link).find()) {
			return finding(url, "link.advertising", Severity.BLOCKING, "链接指向商业广告，政府网站不得链接商业广告",
					"The link leads to commercial advertising");
		}
		if (LinkPolicy.matches(this.policy.blocked(), host)) {
			return finding(url, "link.blocked", Severity.BLOCKING, "链接指向被禁止的网站：" + host,
					"The link leads to a blocked site: " + host);
		}
		if (!LinkPolicy.matches(this.policy.allowed(), host)) {
			return finding(url, "link.external", Severity.WARNING, "外部链接不在白名单内，请审核人员确认：" + host,
					"External link outside the allow list; the reviewer confirms it: " + host);
		}
		return null;
	}

	private static String host(String link) {
		if (!link.regionMatches(true, 0, "http", 0, 4)) {
			return null;
		}
		try {
			URI uri = URI.create(link.replace("&amp;", "&"));
			return uri.getHost();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Finding finding(Matcher url, String rule, Severity severity, String zh, String en) {
		return new Finding(CheckedText.BODY, rule, severity, url.start(), url.end(), url.group(), zh, en);
	}

}
