package cn.govsite.tenant.domain;

import java.net.IDN;

import org.junit.jupiter.api.Test;

import cn.govsite.tenant.domain.ChineseDomains.Parsed;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseDomainsTest {

	@Test
	void aGovernmentChineseDomainIsKeptInUnicodeAndFoundByPunycode() {
		Parsed parsed = ChineseDomains.parse(" 示范县人民政府.政务 ");
		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.domain().unicode()).isEqualTo("示范县人民政府.政务");
		assertThat(parsed.domain().ascii()).startsWith("xn--").contains(".xn--").isEqualTo(IDN.toASCII("示范县人民政府.政务"));
	}

	@Test
	void aPublicInstitutionUsesGongyiAndLettersDigitsHyphensAreAllowed() {
		assertThat(ChineseDomains.parse("示范市第1中学-gz.公益").valid()).isTrue();
	}

	@Test
	void thePunycodeFormIsAcceptedAndShownInUnicode() {
		String ascii = IDN.toASCII("示范县人民政府.政务");
		Parsed parsed = ChineseDomains.parse(ascii.toUpperCase());
		assertThat(parsed.domain().unicode()).isEqualTo("示范县人民政府.政务");
		assertThat(parsed.domain().ascii()).isEqualTo(ascii);
	}

	@Test
	void fullWidthDotsAndLettersAreNormalized() {
		assertThat(ChineseDomains.parse("示范县人民政府。政务").domain().unicode()).isEqualTo("示范县人民政府.政务");
		assertThat(ChineseDomains.parse("ＡＢＣ示范.政务").domain().unicode()).isEqualTo("abc示范.政务");
	}

	@Test
	void otherSuffixesAreRefused() {
		for (String raw : new String[] { "示范县人民政府.中国", "示范县人民政府.gov.cn", "www.example.gov.cn", "政务" }) {
			Parsed parsed = ChineseDomains.parse(raw);
			assertThat(parsed.valid()).as(raw).isFalse();
			assertThat(parsed.refusal().zh()).as(raw).contains(".政务");
		}
	}

	@Test
	void badLabelsAreRefused() {
		for (String raw : new String[] { "-示范.政务", "示范-.政务", "示范_县.政务", "示范县 政府.政务", "示范..政务", "" }) {
			assertThat(ChineseDomains.parse(raw).valid()).as(raw).isFalse();
		}
		assertThat(ChineseDomains.parse(null).valid()).isFalse();
	}

}
