package cn.govsite.content.check;

import java.util.List;
import java.util.Locale;

/**
 * Which external hosts a site may link to. A host matches an entry when it equals it or
 * is a subdomain of it ({@code gov.cn} matches {@code www.beijing.gov.cn}).
 *
 * @param allowed hosts linked without a remark (government and party sites by default)
 * @param blocked hosts never linked (bad or illegal sites)
 * @param advertising hosts of commercial advertising networks, never linked
 */
public record LinkPolicy(List<String> allowed, List<String> blocked, List<String> advertising) {

	public LinkPolicy {
		allowed = normalized(allowed);
		blocked = normalized(blocked);
		advertising = normalized(advertising);
	}

	/** Government and party sites allowed; known ad networks refused. */
	public static LinkPolicy defaults() {
		return new LinkPolicy(List.of("gov.cn", "12371.cn", "people.com.cn", "xinhuanet.com", "news.cn", "cctv.com"),
				List.of(),
				List.of("doubleclick.net", "googlesyndication.com", "googleadservices.com", "pos.baidu.com",
						"cpro.baidu.com", "union.baidu.com", "tanx.com", "mmstat.com", "adnxs.com", "e.qq.com",
						"ad.toutiao.com", "adsame.com"));
	}

	static boolean matches(List<String> hosts, String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		return hosts.stream().anyMatch(entry -> lower.equals(entry) || lower.endsWith("." + entry));
	}

	private static List<String> normalized(List<String> hosts) {
		return (hosts != null) ? hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList() : List.of();
	}

}
