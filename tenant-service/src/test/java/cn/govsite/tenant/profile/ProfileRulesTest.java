package cn.govsite.tenant.profile;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govsite.common.error.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileRulesTest {

	static final SiteProfile VALID = new SiteProfile("示范市教育局", "示范市大数据管理中心", "6103000012", "陕ICP备05001612号-1",
			"陕公网安备 61030202000123号", true,
			List.of(new Contact("张三", "13912345678", "zhang@jyj.gov.cn"), new Contact("李四", "0917-3261234", null)));

	@Test
	void aCompleteProfileIsValid() {
		assertThat(ProfileRules.check(VALID)).isEmpty();
		assertThat(ProfileRules.check(new SiteProfile("示范市教育局", null, "bm05000001", null, null, false, List.of())))
			.isEmpty();
	}

	@Test
	void theSiteIdentifierHasTheOfficialTenCharacterFormat() {
		for (String bad : List.of("610300001", "61030000123", "0103000012", "BM05000001", "bm0500000x", "abcdefghij")) {
			assertThat(fields(withIdentifier(bad))).as(bad).containsExactly("siteIdentifier");
		}
	}

	@Test
	void recordsAndUnitsHaveTheirFormats() {
		SiteProfile bad = new SiteProfile("Education Bureau", "Data Center", null, "ICP05001612", "公网安备123", false,
				List.of());
		assertThat(fields(bad)).containsExactly("sponsorUnit", "organizerUnit", "icpRecord", "policeRecord");
	}

	@Test
	void contactsNeedANameAChinesePhoneAndAValidEmail() {
		SiteProfile bad = new SiteProfile("示范市教育局", null, null, null, null, false,
				List.of(new Contact(null, "12345", "not-an-email"), new Contact("王五", "+1 555 0100", null),
						new Contact("赵六", "021-12345678-801", "zhao@example.cn")));
		assertThat(fields(bad)).containsExactly("contacts[0].name", "contacts[0].phone", "contacts[0].email",
				"contacts[1].phone");
	}

	@Test
	void changedFieldsAreListedInOrder() {
		SiteProfile after = new SiteProfile("示范市教育局", "示范市大数据管理中心", "6103000013", "陕ICP备05001612号-1",
				"陕公网安备 61030202000123号", true, List.of(new Contact("张三", "13912345678", "zhang@jyj.gov.cn")));
		assertThat(ProfileRules.changedFields(VALID, after)).containsExactly("siteIdentifier", "contacts");
		assertThat(ProfileRules.changedFields(VALID, VALID)).isEmpty();
	}

	private static SiteProfile withIdentifier(String identifier) {
		return new SiteProfile(VALID.sponsorUnit(), VALID.organizerUnit(), identifier, VALID.icpRecord(),
				VALID.policeRecord(), true, VALID.contacts());
	}

	private static List<String> fields(SiteProfile profile) {
		return ProfileRules.check(profile).stream().map(FieldViolation::field).toList();
	}

}
