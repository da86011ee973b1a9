package cn.govsite.tenant.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;

/**
 * The formats of a site's identity. 网站标识码 (国办发〔2017〕47号, 政府网站发展指引): ten characters,
 * either a six-digit administrative division code and a four-digit sequence
 * ({@code 6103000001}) or, for State Council departments, {@code bm} and eight digits
 * ({@code bm05000001}). ICP备案号 like {@code 陕ICP备05001612号-1}; 公安机关备案号 like
 * {@code 陕公网安备 61030202000123号}. Phones are Chinese mobiles or landlines with area code.
 */
public final class ProfileRules {

	/** 网站标识码, for validation annotations at the edge. */
	public static final String SITE_IDENTIFIER_PATTERN = "^([1-8]\\d{9}|bm\\d{8})$";

	static final Pattern SITE_IDENTIFIER = Pattern.compile("[1-8]\\d{9}|bm\\d{8}");

	static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP备\\d{6,10}号(-\\d{1,3})?");

	static final Pattern POLICE = Pattern.compile("\\p{IsHan}公网安备\\s?\\d{14}号");

	static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	static final Pattern CHINESE = Pattern.compile("(?s).*\\p{IsHan}.*");

	private ProfileRules() {
	}

	/** Every broken rule, field by field (empty when the profile is valid). */
	public static List<FieldViolation> check(SiteProfile profile) {
		List<FieldViolation> violations = new ArrayList<>();
		if (blank(profile.sponsorUnit()) || !CHINESE.matcher(profile.sponsorUnit()).matches()) {
			violations.add(new FieldViolation("sponsorUnit",
					Message.of("主办单位必须填写中文全称", "The sponsoring unit needs its Chinese full name")));
		}
		if (!blank(profile.organizerUnit()) && !CHINESE.matcher(profile.organizerUnit()).matches()) {
			violations.add(new FieldViolation("organizerUnit",
					Message.of("承办单位必须填写中文全称", "The organising unit needs its Chinese full name")));
		}
		check(violations, "siteIdentifier", profile.siteIdentifier(), SITE_IDENTIFIER,
				"网站标识码须为 10 位：6 位行政区划代码加 4 位序号，或 bm 加 8 位数字",
				"The site identifier has 10 characters: a 6-digit division code and 4 digits, or bm and 8 digits");
		check(violations, "icpRecord", profile.icpRecord(), ICP, "ICP备案号格式应如：陕ICP备05001612号-1",
				"The ICP record looks like 陕ICP备05001612号-1");
		check(violations, "policeRecord", profile.policeRecord(), POLICE, "公安机关备案号格式应如：陕公网安备 61030202000123号",
				"The public security record looks like 陕公网安备 61030202000123号");
		for (int i = 0; i < profile.contacts().size(); i++) {
			Contact contact = profile.contacts().get(i);
			String at = "contacts[" + i + "].";
			if (blank(contact.name())) {
				violations
					.add(new FieldViolation(at + "name", Message.of("联系人姓名必填", "The contact's name is required")));
			}
			if (blank(contact.phone())
					|| !(MOBILE.matcher(contact.phone()).matches() || LANDLINE.matcher(contact.phone()).matches())) {
				violations.add(new FieldViolation(at + "phone", Message.of(
						"电话须为手机号或带区号的固定电话，如 13912345678 或 0917-3261234",
						"The phone must be a mobile or a landline with area code, e.g. 13912345678 or 0917-3261234")));
			}
			if (!blank(contact.email()) && !EMAIL.matcher(contact.email()).matches()) {
				violations.add(new FieldViolation(at + "email",
						Message.of("电子邮箱格式不正确：" + contact.email(), "Not an email address: " + contact.email())));
			}
		}
		return violations;
	}

	/** The names of the fields that differ, in a stable order. */
	public static List<String> changedFields(SiteProfile before, SiteProfile after) {
		List<String> changed = new ArrayList<>();
		compare(changed, "sponsorUnit", before.sponsorUnit(), after.sponsorUnit());
		compare(changed, "organizerUnit", before.organizerUnit(), after.organizerUnit());
		compare(changed, "siteIdentifier", before.siteIdentifier(), after.siteIdentifier());
		compare(changed, "icpRecord", before.icpRecord(), after.icpRecord());
		compare(changed, "policeRecord", before.policeRecord(), after.policeRecord());
		compare(changed, "partyGovLabel", before.partyGovLabel(), after.partyGovLabel());
		compare(changed, "contacts", before.contacts(), after.contacts());
		return changed;
	}

	private static void compare(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	private static void check(List<FieldViolation> violations, String field, String value, Pattern pattern, String zh,
			String en) {
		if (!blank(value) && !pattern.matcher(value).matches()) {
			violations.add(new FieldViolation(field, Message.of(zh, en)));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
