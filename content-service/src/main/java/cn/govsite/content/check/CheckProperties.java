package cn.govsite.content.check;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the pre-publish checks under {@code govsite.content.checks}: extra hosts
 * for the link policy on top of {@link LinkPolicy#defaults()}.
 *
 * @param allowedHosts more hosts linked without a remark
 * @param blockedHosts hosts never linked
 */
@ConfigurationProperties("govsite.content.checks")
public record CheckProperties(List<String> allowedHosts, List<String> blockedHosts) {

	public CheckProperties {
		allowedHosts = (allowedHosts != null) ? List.copyOf(allowedHosts) : List.of();
		blockedHosts = (blockedHosts != null) ? List.copyOf(blockedHosts) : List.of();
	}

	LinkPolicy linkPolicy() {
		LinkPolicy defaults = LinkPolicy.defaults();
		return new LinkPolicy(concat(defaults.allowed(), this.allowedHosts),
				concat(defaults.blocked(), this.blockedHosts), defaults.advertising());
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
