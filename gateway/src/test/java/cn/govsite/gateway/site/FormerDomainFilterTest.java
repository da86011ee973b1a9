package cn.govsite.gateway.site;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormerDomainFilterTest {

	static final SiteInfo SITE = new SiteInfo(1, "xq", "示范县人民政府", "COUNTY_PORTAL", 1L, "www.new.gov.cn", "ONLINE", null,
			null, null, "www.old.gov.cn");

	@Test
	void theFormerDomainGoesToTheSameAddressOnTheCurrentOne() {
		assertThat(FormerDomainFilter.redirect(SITE, URI.create("https://WWW.OLD.GOV.CN./a/b.html?x=%E4%B8%AD&y=1")))
			.hasToString("https://www.new.gov.cn/a/b.html?x=%E4%B8%AD&y=1");
		assertThat(FormerDomainFilter.redirect(SITE, URI.create("http://www.old.gov.cn:8080/")))
			.hasToString("http://www.new.gov.cn:8080/");
	}

	@Test
	void otherHostsAndSitesWithoutFormerDomainAreLeftAlone() {
		assertThat(FormerDomainFilter.redirect(SITE, URI.create("https://www.new.gov.cn/"))).isNull();
		SiteInfo plain = new SiteInfo(1, "xq", "示范县人民政府", "COUNTY_PORTAL", 1L, "www.new.gov.cn", "ONLINE", null, null,
				null);
		assertThat(FormerDomainFilter.redirect(plain, URI.create("https://www.old.gov.cn/"))).isNull();
	}

}
