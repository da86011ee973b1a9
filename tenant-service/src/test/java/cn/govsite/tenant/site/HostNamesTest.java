package cn.govsite.tenant.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostNamesTest {

	@Test
	void normalizesWhatHostHeadersCarry() {
		assertThat(HostNames.normalize(" JYJ.Govsite.Localhost:18080 ")).isEqualTo("jyj.govsite.localhost");
		assertThat(HostNames.normalize("www.weibin.gov.cn.")).isEqualTo("www.weibin.gov.cn");
	}

	@Test
	void acceptsHostNames() {
		assertThat(HostNames.isValid("jyj.govsite.localhost")).isTrue();
		assertThat(HostNames.isValid("www.wei-bin.gov.cn")).isTrue();
	}

	@Test
	void aChineseNameBecomesItsPunycodeFormWhichIsAValidHostName() {
		String ascii = HostNames.toAscii("网站.政务");
		assertThat(ascii).isEqualTo(java.net.IDN.toASCII("网站.政务")).startsWith("xn--");
		assertThat(HostNames.isValid(ascii)).isTrue();
		assertThat(HostNames.toAscii("jyj.govsite.localhost")).isEqualTo("jyj.govsite.localhost");
	}

	@Test
	void refusesWhatIsNoHostName() {
		assertThat(HostNames.isValid("localhost")).isFalse();
		assertThat(HostNames.isValid("127.0.0.1")).isFalse();
		assertThat(HostNames.isValid("-a.gov.cn")).isFalse();
		assertThat(HostNames.isValid("a..gov.cn")).isFalse();
		assertThat(HostNames.isValid("a_b.gov.cn")).isFalse();
		assertThat(HostNames.isValid("网站.政务")).isFalse();
		assertThat(HostNames.isValid("a".repeat(64) + ".cn")).isFalse();
		assertThat(HostNames.isValid("")).isFalse();
		assertThat(HostNames.isValid(null)).isFalse();
	}

}
