package cn.govsite.content.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 个人信息 — personal data that must not be published: 18-digit resident ID numbers (with
 * their ISO 7064 MOD 11-2 check character), mobile numbers, and bank card numbers (13–19
 * digits passing the Luhn check). Checksums keep ordinary long numbers (document numbers,
 * amounts) from being flagged.
 */
public final class PersonalDataChecker implements Checker {

	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");

	private static final Pattern CARD = Pattern.compile("(?<![0-9])\\d{13,19}(?![0-9])");

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10X98765432";

	@Override
	public List<Finding> check(CheckedText text) {
		List<Finding> findings = new ArrayList<>();
		for (String field : List.of(CheckedText.TITLE, CheckedText.BODY)) {
			String value = text.field(field);
			List<int[]> ids = new ArrayList<>();
			Matcher id = ID_NUMBER.matcher(value);
			while (id.find()) {
				if (validIdNumber(id.group())) {
					ids.add(new int[] { id.start(), id.end() });
					findings.add(finding(field, "personal-data.id-number", id, "含公民身份号码，不得公开发布",
							"Contains a resident ID number, which must not be published"));
				}
			}
			Matcher mobile = MOBILE.matcher(value);
			while (mobile.find()) {
				findings.add(finding(field, "personal-data.mobile", mobile, "含手机号码，属个人信息，不得公开发布",
						"Contains a mobile phone number (personal data)"));
			}
			Matcher card = CARD.matcher(value);
			while (card.find()) {
				int start = card.start();
				boolean isId = ids.stream().anyMatch(range -> range[0] == start);
				if (!isId && luhn(card.group())) {
					findings.add(finding(field, "personal-data.bank-card", card, "含银行卡号，不得公开发布",
							"Contains a bank card number, which must not be published"));
				}
			}
		}
		return findings;
	}

	private static Finding finding(String field, String rule, Matcher match, String zh, String en) {
		return new Finding(field, rule, Severity.BLOCKING, match.start(), match.end(), match.group(), zh, en);
	}

	/** ISO 7064 MOD 11-2 over the first 17 digits gives the 18th character. */
	static boolean validIdNumber(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return Character.toUpperCase(number.charAt(17)) == ID_CHECK.charAt(sum % 11);
	}

	/** The Luhn (mod 10) check of card numbers. */
	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
