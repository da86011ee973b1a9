package cn.govsite.content.interaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Masking of personal data before a message is published, with real-format numbers. */
class PersonalDataMaskerTest {

	private final PersonalDataMasker masker = new PersonalDataMasker();

	@Test
	void residentIdNumbersWithAValidCheckCharacterAreMasked() {
		// 11010519491231002X: the standard's sample, check character X.
		assertThat(this.masker.mask("身份证号11010519491231002X，请核实。")).isEqualTo("身份证号110*************2X，请核实。");
		assertThat(this.masker.mask("证件 330106198503120028 有误")).isEqualTo("证件 330*************28 有误");
	}

	@Test
	void anEighteenDigitNumberFailingTheChecksumIsNotAnIdNumber() {
		// A document or order number of the same length stays readable.
		assertThat(this.masker.mask("订单号110105194912310022")).isEqualTo("订单号110105194912310022");
	}

	@Test
	void mobileAndLandlineNumbersAreMasked() {
		assertThat(this.masker.mask("请回电13812345678或0571-87654321。")).isEqualTo("请回电138******78或057********21。");
		assertThat(this.masker.mask("电话：19912345678")).isEqualTo("电话：199******78");
		// Not a mobile number: 12 digits, or starting with 12.
		assertThat(this.masker.mask("编号128123456789")).isEqualTo("编号128123456789");
	}

	@Test
	void bankCardsAndEmailAddressesAreMasked() {
		// 6222021234567890128 passes the Luhn check.
		assertThat(this.masker.mask("卡号6222021234567890128")).isEqualTo("卡号622**************28");
		assertThat(this.masker.mask("邮箱 zhang.san@example.com 联系")).isEqualTo("邮箱 z***@example.com 联系");
	}

	@Test
	void houseNumbersAfterARoadOrEstateAreMaskedButDatesStay() {
		assertThat(this.masker.mask("我住在西湖区文一路115号3幢2单元502室，3月5号起漏水。")).isEqualTo("我住在西湖区文一路*号*幢*单元*室，3月5号起漏水。");
		assertThat(this.masker.mask("阳光小区12-3号楼")).isEqualTo("阳光小区*号楼");
		assertThat(this.masker.mask("2026年11月20号")).isEqualTo("2026年11月20号");
	}

	@Test
	void textWithoutPersonalDataIsUnchanged() {
		String text = "建议在文一路增设公交站点，金额约500000元，文号杭政办〔2026〕12号。";
		assertThat(this.masker.mask(text)).isEqualTo(text);
		assertThat(this.masker.mask("")).isEmpty();
		assertThat(this.masker.mask(null)).isNull();
	}

}
